import { Inject, Injectable } from '@nestjs/common';

import { todayOf } from '#domain';
import { ActiveRuleSets } from '#rules';

import { PeopleRepository } from '../people.repository.js';
import { type WaitingFigures, waitingFigures } from '../waiting-figures.js';
import { groupOf, type WaitingGroup } from '../waiting-groups.js';
import { type RuleSetsInForce, waitingTargetsInForce } from '../waiting-targets.js';

export interface WaitingSummaryAnswer extends WaitingFigures {
  asOf: string;
  /** Everyone but resettlement refugees, who wait abroad: what the long-waits rules watch. */
  inReceptionAndCareCentres: WaitingFigures;
  unaccompaniedMinors: WaitingFigures;
  familiesWithChildren: WaitingFigures;
  resettlementRefugees: WaitingFigures;
  others: WaitingFigures;
}

/** People waiting to be settled on a day (permit granted by then), against the targets in force, for each group. */
@Injectable()
export class WaitingSummary {
  constructor(
    @Inject(PeopleRepository) private readonly people: Pick<PeopleRepository, 'waiting'>,
    @Inject(ActiveRuleSets) private readonly ruleSets: RuleSetsInForce,
  ) {}

  async execute(asOf: string = todayOf()): Promise<WaitingSummaryAnswer> {
    const targets = waitingTargetsInForce(this.ruleSets);
    const waiting = (await this.people.waiting()).filter((person) => person.permitDate <= asOf);
    const figures = (group: typeof waiting) => waitingFigures(group, asOf, targets);
    const of = (group: WaitingGroup) => figures(waiting.filter((person) => groupOf(person) === group));
    return {
      asOf,
      ...figures(waiting),
      inReceptionAndCareCentres: figures(waiting.filter((person) => !person.resettlementRefugee)),
      unaccompaniedMinors: of('unaccompanied-minors'),
      familiesWithChildren: of('families-with-children'),
      resettlementRefugees: of('resettlement-refugees'),
      others: of('others'),
    };
  }
}
