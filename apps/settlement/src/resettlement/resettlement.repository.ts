import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { PersonNeed, ResettlementSelected } from '#contracts';

/** A resettlement refugee on the way: selected, and as far as the entry permit, the mapping and the arrival go. */
export interface ResettlementRecord extends ResettlementSelected {
  entryPermitDate: string | null;
  needs: PersonNeed[] | null;
  mappedOn: string | null;
  arrivedIn: string | null;
  arrivedOn: string | null;
}

/** A year's quota as far as it has come. */
export interface QuotaProgress {
  quotaYear: number;
  selected: number;
  withEntryPermit: number;
  mapped: number;
  arrived: number;
}

interface ResettlementRow {
  person_id: string;
  household_id: string;
  household_size: number;
  quota_year: number;
  unaccompanied_minor: boolean;
  age_band: ResettlementSelected['ageBand'];
  family_with_children: boolean;
  selected_on: string;
  entry_permit_date: string | null;
  needs: PersonNeed[] | null;
  mapped_on: string | null;
  arrived_in: string | null;
  arrived_on: string | null;
}

const COLUMNS = `person_id, household_id, household_size, quota_year, unaccompanied_minor, age_band,
  family_with_children, to_char(selected_on, 'YYYY-MM-DD') AS selected_on,
  to_char(entry_permit_date, 'YYYY-MM-DD') AS entry_permit_date, needs, to_char(mapped_on, 'YYYY-MM-DD') AS mapped_on,
  arrived_in, to_char(arrived_on, 'YYYY-MM-DD') AS arrived_on`;

const toRecord = (row: ResettlementRow): ResettlementRecord => ({
  personId: row.person_id,
  householdId: row.household_id,
  householdSize: row.household_size,
  quotaYear: row.quota_year,
  unaccompaniedMinor: row.unaccompanied_minor,
  ageBand: row.age_band,
  familyWithChildren: row.family_with_children,
  selectedOn: row.selected_on,
  entryPermitDate: row.entry_permit_date,
  needs: row.needs,
  mappedOn: row.mapped_on,
  arrivedIn: row.arrived_in,
  arrivedOn: row.arrived_on,
});

/** Resettlement refugees from selection abroad to arrival, by pseudonymous id only. */
@Injectable()
export class ResettlementRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async get(
    personId: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<ResettlementRecord | undefined> {
    const rows = await transaction.query<ResettlementRow[]>(
      `SELECT ${COLUMNS} FROM resettlement_refugees WHERE person_id = $1`,
      [personId],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /** Records a selection; a later one (a corrected household or quota year) replaces it. */
  async upsertSelected(transaction: EntityManager, selected: ResettlementSelected): Promise<void> {
    await transaction.query(
      `INSERT INTO resettlement_refugees (person_id, household_id, household_size, quota_year, unaccompanied_minor,
         age_band, family_with_children, selected_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (person_id) DO UPDATE SET household_id = EXCLUDED.household_id,
         household_size = EXCLUDED.household_size, quota_year = EXCLUDED.quota_year,
         unaccompanied_minor = EXCLUDED.unaccompanied_minor, age_band = EXCLUDED.age_band,
         family_with_children = EXCLUDED.family_with_children, selected_on = EXCLUDED.selected_on`,
      [
        selected.personId,
        selected.householdId,
        selected.householdSize,
        selected.quotaYear,
        selected.unaccompaniedMinor,
        selected.ageBand,
        selected.familyWithChildren,
        selected.selectedOn,
      ],
    );
  }

  async recordEntryPermit(transaction: EntityManager, personId: string, permitDate: string): Promise<void> {
    await transaction.query(`UPDATE resettlement_refugees SET entry_permit_date = $2 WHERE person_id = $1`, [
      personId,
      permitDate,
    ]);
  }

  async recordMapping(
    transaction: EntityManager,
    personId: string,
    needs: PersonNeed[],
    mappedOn: string,
  ): Promise<void> {
    await transaction.query(
      `UPDATE resettlement_refugees SET needs = $2, mapped_on = $3 WHERE person_id = $1`,
      [personId, needs, mappedOn],
    );
  }

  async recordArrival(
    transaction: EntityManager,
    personId: string,
    municipalityNumber: string,
    arrivedOn: string,
  ): Promise<void> {
    await transaction.query(
      `UPDATE resettlement_refugees SET arrived_in = $2, arrived_on = $3 WHERE person_id = $1`,
      [personId, municipalityNumber, arrivedOn],
    );
  }

  async quotaProgress(quotaYear: number): Promise<QuotaProgress> {
    const [row] = await this.dataSource.query<
      { selected: string; permitted: string; mapped: string; arrived: string }[]
    >(
      `SELECT count(*) AS selected, count(entry_permit_date) AS permitted, count(mapped_on) AS mapped,
         count(arrived_on) AS arrived
       FROM resettlement_refugees WHERE quota_year = $1`,
      [quotaYear],
    );
    return {
      quotaYear,
      selected: Number(row.selected),
      withEntryPermit: Number(row.permitted),
      mapped: Number(row.mapped),
      arrived: Number(row.arrived),
    };
  }
}
