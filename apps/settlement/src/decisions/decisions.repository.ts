import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MunicipalityDecided } from '#contracts';

export interface DecisionGap {
  municipalityNumber: string;
  municipalityName: string;
  countyNumber: string;
  requested: number;
  requestedEm: number;
  decided: number | null;
  decidedEm: number | null;
  decidedOn: string | null;
  /** Decided minus requested (negative: the municipality decided fewer than asked); null while undecided. */
  gap: number | null;
  gapEm: number | null;
}

interface GapRow {
  municipality_number: string;
  name: string;
  county_number: string;
  requested: number | null;
  requested_em: number | null;
  decided: number | null;
  decided_em: number | null;
  decided_on: string | null;
}

@Injectable()
export class DecisionsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async municipalityExists(transaction: EntityManager, number: string): Promise<boolean> {
    return (
      (
        await transaction.query<unknown[]>('SELECT 1 FROM municipalities WHERE municipality_number = $1', [
          number,
        ])
      ).length > 0
    );
  }

  async add(transaction: EntityManager, decision: MunicipalityDecided): Promise<void> {
    await transaction.query(
      `INSERT INTO municipal_decisions (year, municipality_number, total, em, decided_on) VALUES ($1, $2, $3, $4, $5)`,
      [decision.year, decision.municipalityNumber, decision.total, decision.em, decision.decidedOn],
    );
  }

  /** Each municipality's request in the issued distribution, its latest decision, and the gap between them. */
  async gaps(year: number): Promise<DecisionGap[]> {
    const rows = await this.dataSource.query<GapRow[]>(
      `WITH issued AS (
         SELECT (r->>'kommunenummer') AS municipality_number, (r->>'requested')::int AS requested, (r->>'em')::int AS requested_em
         FROM distributions d, jsonb_array_elements(d.result->'municipalities') r
         WHERE d.year = $1 AND d.status = 'issued'
       ), latest AS (
         SELECT DISTINCT ON (municipality_number) municipality_number, total, em, to_char(decided_on, 'YYYY-MM-DD') AS decided_on
         FROM municipal_decisions WHERE year = $1
         ORDER BY municipality_number, decided_on DESC, decision_id DESC
       )
       SELECT m.municipality_number, m.name, m.county_number, i.requested, i.requested_em,
              l.total AS decided, l.em AS decided_em, l.decided_on
       FROM municipalities m LEFT JOIN issued i USING (municipality_number) LEFT JOIN latest l USING (municipality_number)
       WHERE i.requested > 0 OR l.total IS NOT NULL
       ORDER BY m.municipality_number`,
      [year],
    );
    return rows.map((row) => {
      const requested = row.requested ?? 0;
      const requestedEm = row.requested_em ?? 0;
      return {
        municipalityNumber: row.municipality_number,
        municipalityName: row.name,
        countyNumber: row.county_number,
        requested,
        requestedEm,
        decided: row.decided,
        decidedEm: row.decided_em,
        decidedOn: row.decided_on,
        gap: row.decided === null ? null : row.decided - requested,
        gapEm: row.decided_em === null ? null : row.decided_em - requestedEm,
      };
    });
  }
}
