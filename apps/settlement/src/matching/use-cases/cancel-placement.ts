import { Inject, Injectable } from '@nestjs/common';

import { ResettlementEventTypes, type ResettlementMatchCancelled } from '#contracts';
import { ConflictError, NotFoundError, todayOf } from '#domain';
import { Outbox } from '#messaging';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail } from '#platform';
import type { EventPublisher } from '#rules';

import { PeopleRepository } from '../../people/people.repository.js';
import { type Placement, PlacementsRepository } from '../placements.repository.js';

/**
 * Cancels a household's open placement, with the reason, and frees the capacity it held; a resettlement
 * household's match is announced as cancelled.
 */
@Injectable()
export class CancelPlacement {
  constructor(
    @Inject(PlacementsRepository)
    private readonly placements: Pick<PlacementsRepository, 'lock' | 'get' | 'close'>,
    @Inject(PeopleRepository) private readonly people: Pick<PeopleRepository, 'waitingInHousehold'>,
    @Inject(Outbox) private readonly events: EventPublisher,
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(AuditTrail) private readonly audit: Pick<AuditTrail, 'record'>,
  ) {}

  execute(
    householdId: string,
    placementId: number,
    reason: string,
    actor: AuditActor,
    today: string = todayOf(),
  ): Promise<Placement> {
    return this.transactions.run(async (transaction) => {
      await this.placements.lock(transaction);
      const placement = await this.placements.get(placementId, transaction);
      if (!placement || placement.householdId !== householdId) {
        throw new NotFoundError(`household ${householdId} has no placement ${placementId}`, 'placementId');
      }
      if (placement.status !== 'open') {
        throw new ConflictError(`placement ${placementId} is already ${placement.status}`, 'placementId');
      }
      const cancelled = await this.placements.close(transaction, placementId, 'cancelled', reason.trim());
      const waiting = await this.people.waitingInHousehold(householdId, transaction);
      if (waiting.some((person) => person.resettlementRefugee)) {
        const event: ResettlementMatchCancelled = {
          placementId,
          householdId,
          municipalityNumber: placement.municipalityNumber,
          cancelledOn: today,
        };
        await this.events.publish(transaction, ResettlementEventTypes.matchCancelled, event);
      }
      await this.audit.record(
        {
          actor,
          action: 'placement.cancelled',
          target: `household:${householdId}`,
          reason: reason.trim(),
          details: { placementId, municipalityNumber: placement.municipalityNumber },
        },
        transaction,
      );
      return cancelled;
    });
  }
}
