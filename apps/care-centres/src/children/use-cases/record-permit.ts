import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type CareCentrePermitGranted, type PersonReady, SettlementEventTypes } from '#contracts';
import { RejectedError } from '#domain';
import { Outbox } from '#messaging';
import type { EventPublisher } from '#rules';

import { CareEscalations, type CareEvaluations } from '../../escalations/care-escalations.js';
import { ChildrenRepository } from '../children.repository.js';
import { placedChild } from '../placed-child.js';

/**
 * A child in care got a permit and has been mapped: recorded, and the child is handed to the settlement
 * service as settlement-ready (an unaccompanied minor under 15, a household of one, with the needs mapped).
 */
@Injectable()
export class RecordPermit {
  constructor(
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
    @Inject(Outbox) private readonly outbox: EventPublisher,
    @Inject(CareEscalations) private readonly escalations: CareEvaluations,
  ) {}

  async execute(transaction: EntityManager, permit: CareCentrePermitGranted): Promise<void> {
    placedChild(await this.children.child(transaction, permit.personId), permit.personId, permit.centreId);
    if (permit.mappedOn < permit.permitDate)
      throw new RejectedError('mapped before the permit was granted', 'mappedOn');
    await this.children.recordPermit(transaction, permit.personId, permit.permitDate, permit.needs);
    const ready: PersonReady = {
      personId: permit.personId,
      householdId: permit.personId,
      householdSize: 1,
      permitDate: permit.permitDate,
      unaccompaniedMinor: true,
      ageBand: 'under-15',
      familyWithChildren: false,
      needs: permit.needs,
      readyOn: permit.mappedOn,
    };
    await this.outbox.publish(transaction, SettlementEventTypes.personReady, ready);
    await this.escalations.forChild(transaction, permit.personId, permit.mappedOn);
  }
}
