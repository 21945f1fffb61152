import { Inject, Injectable } from '@nestjs/common';

import { todayOf, weekStartOf } from '#domain';
import { Transactions } from '#persistence';
import { ActiveRuleSets, type CurrentRuleSets } from '#rules';

import { CARE_ESCALATIONS } from '../../care-centres-rule-sets.js';
import { ChildrenRepository } from '../../children/children.repository.js';
import { CareEscalations, type CareEvaluations } from '../../escalations/care-escalations.js';
import { WaitingRepository } from '../waiting.repository.js';
import { waitingTargetMonths } from '../waiting-target.js';

export interface ChecksDone {
  asOf: string;
  /** Children in care checked against the waiting target. */
  children: number;
}

/**
 * The checks as of a day: every child in care against the waiting target (one transaction per child, so one
 * child's evaluation never waits on another's), then the week's number waiting beyond it, then the national
 * triggers that read the weekly figures.
 */
@Injectable()
export class RunChecks {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(ActiveRuleSets) private readonly ruleSets: CurrentRuleSets,
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
    @Inject(WaitingRepository) private readonly waiting: WaitingRepository,
    @Inject(CareEscalations) private readonly escalations: CareEvaluations,
  ) {}

  async execute(asOf: string = todayOf()): Promise<ChecksDone> {
    const inCare = await this.transactions.run((transaction) => this.children.inCare(transaction));
    for (const personId of inCare)
      await this.transactions.run((transaction) => this.escalations.forChild(transaction, personId, asOf));
    await this.transactions.run(async (transaction) => {
      const months = waitingTargetMonths(this.ruleSets.current(CARE_ESCALATIONS));
      const beyondTarget = await this.children.countWaitingBeyond(transaction, asOf, months);
      await this.waiting.recordWeek(transaction, weekStartOf(asOf), beyondTarget);
    });
    await this.transactions.run((transaction) => this.escalations.national(transaction));
    return { asOf, children: inCare.length };
  }
}
