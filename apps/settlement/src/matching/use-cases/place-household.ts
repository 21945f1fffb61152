import { Inject, Injectable } from '@nestjs/common';

import { ResettlementEventTypes, type ResettlementMatched } from '#contracts';
import { ConflictError, NotFoundError, RejectedError, todayOf } from '#domain';
import { Outbox } from '#messaging';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail } from '#platform';
import type { EventPublisher } from '#rules';

import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository.js';
import { type Placement, PlacementsRepository } from '../placements.repository.js';
import { SuggestMunicipalities } from './suggest-municipalities.js';

/** A caseworker's choice of municipality for a household. */
export interface PlacementChoice {
  municipalityNumber: string;
  chosenBy: string;
  /** Who places (from the token), for the audit trail. */
  actor: AuditActor;
  /** Required when the choice departs from the top suggestion. */
  reason?: string;
}

/**
 * Records a caseworker's choice against the ranking of the day. A municipality a hard constraint excludes cannot
 * be chosen, whatever the reason; a choice other than the top one needs a reason; a household has one open
 * placement at a time. The placement reserves capacity in the year of the day until settlement or cancellation;
 * a household of resettlement refugees is announced as matched.
 */
@Injectable()
export class PlaceHousehold {
  constructor(
    @Inject(SuggestMunicipalities) private readonly suggest: Pick<SuggestMunicipalities, 'rank'>,
    @Inject(MunicipalitiesRepository)
    private readonly municipalities: Pick<MunicipalitiesRepository, 'exists'>,
    @Inject(PlacementsRepository)
    private readonly placements: Pick<PlacementsRepository, 'lock' | 'openOf' | 'add'>,
    @Inject(Outbox) private readonly events: EventPublisher,
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(AuditTrail) private readonly audit: Pick<AuditTrail, 'record'>,
  ) {}

  execute(householdId: string, choice: PlacementChoice, asOf: string = todayOf()): Promise<Placement> {
    const { municipalityNumber } = choice;
    return this.transactions.run(async (transaction) => {
      await this.placements.lock(transaction);
      const ranking = await this.suggest.rank(householdId, asOf, transaction);
      if (!(await this.municipalities.exists(municipalityNumber, transaction))) {
        throw new NotFoundError(`${municipalityNumber} is not a municipality`, 'municipalityNumber');
      }
      const open = await this.placements.openOf(householdId, transaction);
      if (open) {
        throw new ConflictError(
          `household ${householdId} already has an open placement (${open.placementId}, in ${open.municipalityNumber}): cancel it first`,
          'householdId',
        );
      }
      const constraint = ranking.constraintExcluding.get(municipalityNumber);
      if (constraint) {
        throw new RejectedError(
          `${municipalityNumber} is excluded by a hard constraint (${constraint}), which no reason overrides`,
          'municipalityNumber',
        );
      }
      const top = ranking.suggestions[0]?.municipalityNumber ?? null;
      const chosen = ranking.suggestions.find(
        (suggestion) => suggestion.municipalityNumber === municipalityNumber,
      );
      const reason = choice.reason?.trim() || null;
      if (municipalityNumber !== top && !reason) {
        throw new RejectedError(
          `reason is required: ${municipalityNumber} is not the top suggestion (${top ?? 'none'})`,
          'reason',
        );
      }
      const placement = await this.placements.add(transaction, {
        householdId,
        municipalityNumber,
        year: Number(asOf.slice(0, 4)),
        topSuggestion: top,
        rank: chosen?.rank ?? null,
        reason,
        chosenBy: choice.chosenBy,
      });
      if (ranking.household.resettlementRefugees > 0) {
        const matched: ResettlementMatched = {
          placementId: placement.placementId,
          householdId,
          municipalityNumber,
          persons: ranking.household.persons,
          unaccompaniedMinors: ranking.household.unaccompaniedMinors,
          matchedOn: asOf,
        };
        await this.events.publish(transaction, ResettlementEventTypes.matched, matched);
      }
      await this.audit.record(
        {
          actor: choice.actor,
          action: 'placement.made',
          target: `household:${householdId}`,
          reason: choice.reason?.trim() || null,
          details: { placementId: placement.placementId, municipalityNumber, asOf },
        },
        transaction,
      );
      return placement;
    });
  }
}
