import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError, todayOf } from '#domain';
import { ActiveRuleSets } from '#rules';

import { MunicipalDecisionsRepository } from '../../municipalities/municipal-decisions.repository.js';
import { MunicipalitiesForYear } from '../../municipalities/use-cases/municipalities-for-year.js';
import { PeopleRepository } from '../../people/people.repository.js';
import { MATCHING_RULES } from '../../settlement-rule-sets.js';
import { capacityOf } from '../capacity.js';
import { householdToPlace } from '../household-to-place.js';
import { type HouseholdToPlace, type Ranking, rankMunicipalities } from '../rank-municipalities.js';

export type Suggestions = Ranking & { household: HouseholdToPlace };

/** Municipalities with free decided capacity for a waiting household in the year of the day asked for, ranked. */
@Injectable()
export class SuggestMunicipalities {
  constructor(
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(MunicipalitiesForYear) private readonly municipalities: MunicipalitiesForYear,
    @Inject(MunicipalDecisionsRepository) private readonly decisions: MunicipalDecisionsRepository,
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
  ) {}

  async execute(householdId: string, asOf: string = todayOf()): Promise<Suggestions> {
    const members = await this.people.waitingInHousehold(householdId);
    if (members.length === 0)
      throw new NotFoundError(`No one in household ${householdId} is waiting to be settled`, 'householdId');
    const household = householdToPlace(householdId, members);
    const year = Number(asOf.slice(0, 4));
    const [municipalities, decisions, settled] = await Promise.all([
      this.municipalities.execute(year),
      this.decisions.latest(year),
      this.people.settledIn(year),
    ]);
    const ranking = await rankMunicipalities(
      household,
      municipalities,
      capacityOf(decisions, settled),
      this.ruleSets.current(MATCHING_RULES),
    );
    return { household, ...ranking };
  }
}
