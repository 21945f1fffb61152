import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  type BookedEscalations,
  type EscalationChange,
  EscalationDecider,
  type FactsFor,
  type FactValues,
} from '#rules';

import { CARE_ESCALATIONS } from '../care-centres-rule-sets.js';
import { Occupancy } from '../centres/occupancy.js';
import { ChildrenRepository } from '../children/children.repository.js';
import { WaitingRepository } from '../waiting/waiting.repository.js';
import { daysPastTarget, waitingTargetMonths } from '../waiting/waiting-target.js';

/** What an evaluation raised and resolved (or, in a preview, would). */
export interface EscalationChanges {
  raised: EscalationChange[];
  resolved: EscalationChange[];
}

/** The care-centre evaluations the use cases ask for. */
export interface CareEvaluations {
  afterChangeAt(transaction: EntityManager, centreId: string): Promise<void>;
  forChild(transaction: EntityManager, personId: string, asOf: string): Promise<EscalationChanges>;
  national(transaction: EntityManager): Promise<EscalationChanges>;
}

const changesOf = (booked: BookedEscalations): EscalationChanges => ({
  raised: booked.raised.map(({ rule, subject, severity }) => ({ rule, subject, severity })),
  resolved: booked.resolved.map(({ rule, subject }) => ({ rule, subject })),
});

const NATIONAL_LOCK = 'care:national';
const noCentre = { centreChildren: null, centrePlaces: null };

/**
 * The one place the care-centre rules are evaluated: after a change at a centre, for one child, or for the
 * national figures alone, in the caller's transaction; raises or resolves escalations (national, per centre,
 * per child).
 */
@Injectable()
export class CareEscalations implements CareEvaluations {
  constructor(
    @Inject(EscalationDecider) private readonly decider: Pick<EscalationDecider, 'lock' | 'decide'>,
    @Inject(Occupancy) private readonly occupancy: Occupancy,
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
    @Inject(WaitingRepository) private readonly waiting: WaitingRepository,
  ) {}

  async afterChangeAt(transaction: EntityManager, centreId: string): Promise<void> {
    await this.decider.lock(transaction, NATIONAL_LOCK);
    const centre = await this.occupancy.atCentre(transaction, centreId);
    await this.decide(
      transaction,
      {
        ...(await this.nationalFacts(transaction)),
        centreChildren: centre.children,
        centrePlaces: centre.places,
        childDaysPastTarget: null,
      },
      { national: 'national', centre: `centre:${centreId}` },
      { centreId },
    );
  }

  /** The national triggers only (the checks use it once the week's figure is taken). */
  async national(transaction: EntityManager): Promise<EscalationChanges> {
    await this.decider.lock(transaction, NATIONAL_LOCK);
    return this.decide(
      transaction,
      { ...(await this.nationalFacts(transaction)), ...noCentre, childDaysPastTarget: null },
      { national: 'national' },
      {},
    );
  }

  async forChild(transaction: EntityManager, personId: string, asOf: string): Promise<EscalationChanges> {
    await this.decider.lock(transaction, `care:child:${personId}`);
    const child = await this.children.child(transaction, personId);
    const national = await this.nationalFacts(transaction);
    return this.decide(
      transaction,
      (ruleSet) => ({
        ...national,
        ...noCentre,
        childDaysPastTarget:
          child && !child.leftCareOn && child.permitDate
            ? daysPastTarget(child.permitDate, asOf, waitingTargetMonths(ruleSet))
            : null,
      }),
      { child: `child:${personId}` },
      { personId, asOf },
    );
  }

  private async nationalFacts(transaction: EntityManager): Promise<FactValues> {
    const national = await this.occupancy.national(transaction);
    return {
      nationalChildren: national.children,
      nationalPlaces: national.places,
      nationalOccupancyPercent: national.occupancyPercent,
      childrenBeyondTargetPerWeek: await this.waiting.beyondTargetPerWeek(transaction),
    };
  }

  private async decide(
    transaction: EntityManager,
    facts: FactsFor,
    subjectByScope: Record<string, string>,
    context: Record<string, unknown>,
  ): Promise<EscalationChanges> {
    return changesOf(
      await this.decider.decide(transaction, CARE_ESCALATIONS, facts, subjectByScope, context),
    );
  }
}
