import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { NotFoundError, todayOf } from '#domain';
import { ActiveRuleSets } from '#rules';

import { MunicipalDecisionsRepository } from '../../municipalities/municipal-decisions.repository.js';
import { MunicipalitiesForYear } from '../../municipalities/use-cases/municipalities-for-year.js';
import { PeopleRepository } from '../../people/people.repository.js';
import { MATCHING_RULES } from '../../settlement-rule-sets.js';
import { capacityOf, reservationsOf } from '../capacity.js';
import { householdToPlace } from '../household-to-place.js';
import { PlacementsRepository } from '../placements.repository.js';
import {
  type HouseholdToPlace,
  type Ranking,
  type RankingWithExclusions,
  rankMunicipalities,
} from '../rank-municipalities.js';

export type Suggestions = Ranking & { household: HouseholdToPlace };
export type SuggestionsWithExclusions = RankingWithExclusions & { household: HouseholdToPlace };

/**
 * Municipalities with free decided capacity for a waiting household in the year of the day asked for, ranked.
 * Free capacity is the decision in force less those settled in the year and those other households' open
 * placements hold.
 */
@Injectable()
export class SuggestMunicipalities {
  constructor(
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(MunicipalitiesForYear) private readonly municipalities: MunicipalitiesForYear,
    @Inject(MunicipalDecisionsRepository) private readonly decisions: MunicipalDecisionsRepository,
    @Inject(PlacementsRepository) private readonly placements: PlacementsRepository,
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
  ) {}

  async execute(householdId: string, asOf?: string): Promise<Suggestions> {
    const { household, suggestions, excluded } = await this.rank(householdId, asOf);
    return { household, suggestions, excluded };
  }

  /** The ranking with the constraint excluding each municipality, read in the transaction given. */
  async rank(
    householdId: string,
    asOf: string = todayOf(),
    transaction?: EntityManager,
  ): Promise<SuggestionsWithExclusions> {
    const members = await this.people.waitingInHousehold(householdId, transaction);
    if (members.length === 0)
      throw new NotFoundError(`No one in household ${householdId} is waiting to be settled`, 'householdId');
    const household = householdToPlace(householdId, members);
    const year = Number(asOf.slice(0, 4));
    const [municipalities, decisions, settled, open, waiting] = await Promise.all([
      this.municipalities.execute(year),
      this.decisions.latest(year, transaction),
      this.people.settledIn(year, transaction),
      this.placements.openInYear(year, transaction),
      this.people.waiting(transaction),
    ]);
    const ranking = await rankMunicipalities(
      household,
      municipalities,
      capacityOf(decisions, settled, reservationsOf(open, waiting, householdId)),
      this.ruleSets.current(MATCHING_RULES),
    );
    return { household, ...ranking };
  }
}
