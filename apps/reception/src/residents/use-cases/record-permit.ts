import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type PermitGranted, type PersonReady, SettlementEventTypes } from '#contracts';
import { RejectedError } from '#domain';
import { Outbox } from '#messaging';
import type { EventPublisher } from '#rules';

import { stayAt } from '../stay-at.js';
import { StaysRepository } from '../stays.repository.js';

/**
 * A resident got a permit and has been mapped: recorded on the stay, and the person is handed to the
 * settlement service as settlement-ready, with the household and needs mapped where they lived.
 */
@Injectable()
export class RecordPermit {
  constructor(
    @Inject(StaysRepository) private readonly stays: StaysRepository,
    @Inject(Outbox) private readonly events: EventPublisher,
  ) {}

  async execute(transaction: EntityManager, permit: PermitGranted): Promise<void> {
    await stayAt(this.stays, transaction, permit.personId, permit.centreId);
    if (permit.mappedOn < permit.permitDate)
      throw new RejectedError('mapped before the permit was granted', 'mappedOn');
    await this.stays.recordPermit(transaction, permit.personId, permit.permitDate);
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
    await this.events.publish(transaction, SettlementEventTypes.personReady, ready);
  }
}
