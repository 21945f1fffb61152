import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActiveRuleSets } from '#rules';
import { PeopleRepository, type PersonRecord } from '../people/people.repository.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import { municipalityInputs } from '../requests/distribution/distribution-inputs.js';
import {
  rankMunicipalities,
  type Capacity,
  type HouseholdToPlace,
  type Ranking,
} from './rank-municipalities.js';

export const MATCHING_RULES = 'settlement-matching';

export class UnknownHouseholdError extends Error {}

/** Reads what matching needs (the household, decisions, settlements, indicators) and ranks. */
@Injectable()
export class MatchingService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(ReferenceDataRepository) private readonly reference: ReferenceDataRepository,
  ) {}

  async waitingHousehold(
    householdId: string,
  ): Promise<{ members: PersonRecord[]; household: HouseholdToPlace }> {
    const members = (await this.people.household(householdId)).filter((person) => person.settledOn === null);
    if (members.length === 0)
      throw new UnknownHouseholdError(`No one in household ${householdId} is waiting to be settled`);
    return {
      members,
      household: {
        householdId,
        persons: members.length,
        unaccompaniedMinors: members.filter((person) => person.unaccompaniedMinor).length,
        familyWithChildren: members.some((person) => person.familyWithChildren),
        needs: [...new Set(members.flatMap((person) => person.needs))],
      },
    };
  }

  async suggest(householdId: string, year: number): Promise<Ranking & { household: HouseholdToPlace }> {
    const { household } = await this.waitingHousehold(householdId);
    const [reference, indicators, capacity] = await Promise.all([
      this.reference.read(),
      this.reference.indicators(),
      this.capacity(year),
    ]);
    const ranking = await rankMunicipalities(
      household,
      municipalityInputs(reference, year, indicators),
      capacity,
      this.ruleSets.current(MATCHING_RULES),
    );
    return { household, ...ranking };
  }

  /** Each deciding municipality's latest decision for the year and how many it has settled since. */
  async capacity(year: number): Promise<Map<string, Capacity>> {
    const rows = await this.dataSource.query<{ municipality_number: string; total: number; em: number }[]>(
      `SELECT DISTINCT ON (municipality_number) municipality_number, total, em FROM municipal_decisions
       WHERE year = $1 ORDER BY municipality_number, decided_on DESC, decision_id DESC`,
      [year],
    );
    const settled = await this.people.settledIn(year);
    return new Map(
      rows.map((row) => [
        row.municipality_number,
        {
          decided: row.total,
          decidedEm: row.em,
          settled: settled.get(row.municipality_number)?.persons ?? 0,
          settledEm: settled.get(row.municipality_number)?.em ?? 0,
        },
      ]),
    );
  }
}
