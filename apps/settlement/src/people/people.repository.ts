import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { PersonNeed, PersonReady } from '#contracts';

export interface PersonRecord extends PersonReady {
  /** Selected abroad for the quota: the permit date is the entry permit's, and there is no reception stay. */
  resettlementRefugee: boolean;
  settledIn: string | null;
  settledOn: string | null;
}

interface PersonRow {
  person_id: string;
  household_id: string;
  household_size: number;
  permit_date: string;
  unaccompanied_minor: boolean;
  age_band: PersonReady['ageBand'];
  family_with_children: boolean;
  needs: PersonNeed[];
  ready_on: string;
  resettlement_refugee: boolean;
  settled_in: string | null;
  settled_on: string | null;
}

const COLUMNS = `person_id, household_id, household_size, to_char(permit_date, 'YYYY-MM-DD') AS permit_date, unaccompanied_minor,
  age_band, family_with_children, needs, to_char(ready_on, 'YYYY-MM-DD') AS ready_on, resettlement_refugee, settled_in,
  to_char(settled_on, 'YYYY-MM-DD') AS settled_on`;

const toPerson = (row: PersonRow): PersonRecord => ({
  personId: row.person_id,
  householdId: row.household_id,
  householdSize: row.household_size,
  permitDate: row.permit_date,
  unaccompaniedMinor: row.unaccompanied_minor,
  ageBand: row.age_band,
  familyWithChildren: row.family_with_children,
  needs: row.needs,
  readyOn: row.ready_on,
  resettlementRefugee: row.resettlement_refugee,
  settledIn: row.settled_in,
  settledOn: row.settled_on,
});

/** Settlement-ready people, by pseudonymous id only, and where they were settled. */
@Injectable()
export class PeopleRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Records a person as settlement-ready; a resettlement refugee stays one when reported again. */
  async upsertReady(
    transaction: EntityManager,
    person: PersonReady,
    resettlementRefugee = false,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO persons (person_id, household_id, household_size, permit_date, unaccompanied_minor, age_band,
         family_with_children, needs, ready_on, resettlement_refugee)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (person_id) DO UPDATE SET household_id = EXCLUDED.household_id, household_size = EXCLUDED.household_size,
         permit_date = EXCLUDED.permit_date, unaccompanied_minor = EXCLUDED.unaccompanied_minor, age_band = EXCLUDED.age_band,
         family_with_children = EXCLUDED.family_with_children, needs = EXCLUDED.needs, ready_on = EXCLUDED.ready_on,
         resettlement_refugee = persons.resettlement_refugee OR EXCLUDED.resettlement_refugee`,
      [
        person.personId,
        person.householdId,
        person.householdSize,
        person.permitDate,
        person.unaccompaniedMinor,
        person.ageBand,
        person.familyWithChildren,
        person.needs,
        person.readyOn,
        resettlementRefugee,
      ],
    );
  }

  async get(
    personId: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<PersonRecord | undefined> {
    const rows = await transaction.query<PersonRow[]>(`SELECT ${COLUMNS} FROM persons WHERE person_id = $1`, [
      personId,
    ]);
    return rows[0] ? toPerson(rows[0]) : undefined;
  }

  async settle(
    transaction: EntityManager,
    personId: string,
    municipalityNumber: string,
    settledOn: string,
  ): Promise<void> {
    await transaction.query(`UPDATE persons SET settled_in = $2, settled_on = $3 WHERE person_id = $1`, [
      personId,
      municipalityNumber,
      settledOn,
    ]);
  }

  /** The members of a household still waiting to be settled. */
  async waitingInHousehold(
    householdId: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<PersonRecord[]> {
    const rows = await transaction.query<PersonRow[]>(
      `SELECT ${COLUMNS} FROM persons WHERE household_id = $1 AND settled_on IS NULL ORDER BY person_id`,
      [householdId],
    );
    return rows.map(toPerson);
  }

  /** Households with someone still waiting. */
  async waitingHouseholds(): Promise<string[]> {
    const rows = await this.dataSource.query<{ household_id: string }[]>(
      `SELECT DISTINCT household_id FROM persons WHERE settled_on IS NULL`,
    );
    return rows.map((row) => row.household_id);
  }

  async waiting(transaction: EntityManager = this.dataSource.manager): Promise<PersonRecord[]> {
    const rows = await transaction.query<PersonRow[]>(
      `SELECT ${COLUMNS} FROM persons WHERE settled_on IS NULL ORDER BY permit_date, person_id`,
    );
    return rows.map(toPerson);
  }

  /** Persons settled per municipality in a year (all, and unaccompanied minors). */
  async settledIn(
    year: number,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, { persons: number; em: number }>> {
    const rows = await transaction.query<{ settled_in: string; persons: string; em: string }[]>(
      `SELECT settled_in, count(*) AS persons, count(*) FILTER (WHERE unaccompanied_minor) AS em FROM persons
       WHERE settled_on >= make_date($1, 1, 1) AND settled_on < make_date($1 + 1, 1, 1) GROUP BY settled_in`,
      [year],
    );
    return new Map(rows.map((row) => [row.settled_in, { persons: Number(row.persons), em: Number(row.em) }]));
  }

  /** Everyone settled in a year, with the permit their waiting time runs from. */
  async settledDuring(year: number): Promise<PersonRecord[]> {
    const rows = await this.dataSource.query<PersonRow[]>(
      `SELECT ${COLUMNS} FROM persons
       WHERE settled_on >= make_date($1, 1, 1) AND settled_on < make_date($1 + 1, 1, 1) ORDER BY settled_on, person_id`,
      [year],
    );
    return rows.map(toPerson);
  }
}
