import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RejectedError } from '#domain';
import { SettlementEventTypes, type PermitGranted, type PersonReady } from '#contracts';
import { Outbox } from '#messaging';
import { OccupancyRepository } from '../occupancy.repository.js';

/**
 * A resident got a permit and has been mapped: recorded on the stay, and the person is handed to the
 * settlement service as settlement-ready, with the household and needs mapped where they lived.
 */
@Injectable()
export class RecordPermit {
  constructor(
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(Outbox) private readonly outbox: Outbox,
  ) {}

  async execute(transaction: EntityManager, permit: PermitGranted): Promise<void> {
    const stay = await this.occupancy.openStayOf(transaction, permit.personId);
    if (!stay || stay.centreId !== permit.centreId)
      throw new RejectedError(`the person does not live at centre "${permit.centreId}"`);
    if (permit.mappedOn < permit.permitDate) throw new RejectedError('mapped before the permit was granted');
    await this.occupancy.recordPermit(transaction, permit.personId, permit.permitDate);
    const ready: PersonReady = {
      personId: permit.personId,
      householdId: permit.householdId,
      householdSize: permit.householdSize,
      permitDate: permit.permitDate,
      unaccompaniedMinor: permit.unaccompaniedMinor,
      ageBand: permit.ageBand,
      familyWithChildren: permit.familyWithChildren,
      needs: permit.needs,
      readyOn: permit.mappedOn,
    };
    await this.outbox.publish(transaction, SettlementEventTypes.personReady, ready);
  }
}
