import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { MunicipalityDecided } from '#contracts';

/** A municipality's decision in force for a year: its latest, by decision date. */
export interface LatestDecision {
  municipalityNumber: string;
  total: number;
  em: number;
  /** Of em, by age band; null when the decision did not say. */
  emUnder15?: number | null;
  em15To18?: number | null;
  decidedOn: string;
}

interface LatestRow {
  municipality_number: string;
  total: number;
  em: number;
  em_under_15: number | null;
  em_15_to_18: number | null;
  decided_on: string;
}

/** Every decision a municipality sends is kept; the latest one for a year is the one in force. */
@Injectable()
export class MunicipalDecisionsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async add(transaction: EntityManager, decision: MunicipalityDecided): Promise<void> {
    await transaction.query(
      `INSERT INTO municipal_decisions (year, municipality_number, total, em, em_under_15, em_15_to_18, decided_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        decision.year,
        decision.municipalityNumber,
        decision.total,
        decision.em,
        decision.emUnder15 ?? null,
        decision.em15To18 ?? null,
        decision.decidedOn,
      ],
    );
  }

  /** Each deciding municipality's latest decision for the year, by municipality number. */
  async latest(
    year: number,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<LatestDecision[]> {
    const rows = await transaction.query<LatestRow[]>(
      `SELECT DISTINCT ON (municipality_number) municipality_number, total, em, em_under_15, em_15_to_18,
         to_char(decided_on, 'YYYY-MM-DD') AS decided_on
       FROM municipal_decisions WHERE year = $1
       ORDER BY municipality_number, decided_on DESC, decision_id DESC`,
      [year],
    );
    return rows.map((row) => ({
      municipalityNumber: row.municipality_number,
      total: row.total,
      em: row.em,
      emUnder15: row.em_under_15,
      em15To18: row.em_15_to_18,
      decidedOn: row.decided_on,
    }));
  }
}
