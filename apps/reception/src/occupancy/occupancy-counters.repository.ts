import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { CENTRE_STATUSES_IN_USE } from '#contracts';

import { type OccupancyFigures, occupancyFigures } from './occupancy-figures.js';

const IN_USE = `(${CENTRE_STATUSES_IN_USE.map((status) => `'${status}'`).join(', ')})`;

/**
 * Residents and places of the country, each county and each centre, counted from the centres and open stays.
 * The migration that creates the counters and every change of a centre's places, status or host municipality
 * run it; arrivals and departures only add to the counters.
 */
export const RECOUNT_OCCUPANCY_COUNTERS = `
  WITH figures AS (
    SELECT c.centre_id, left(c.host_municipality_number, 2) AS county,
           CASE WHEN c.status IN ${IN_USE} THEN c.fixed_places + c.flexible_places ELSE 0 END AS capacity,
           coalesce(open_stays.residents, 0) AS residents
      FROM centres c
      LEFT JOIN (SELECT centre_id, count(*) AS residents FROM stays WHERE departed_on IS NULL GROUP BY centre_id)
        AS open_stays USING (centre_id))
  INSERT INTO occupancy_counters (subject, residents, capacity)
  SELECT 'centre:' || centre_id, residents, capacity FROM figures
  UNION ALL SELECT 'county:' || county, sum(residents), sum(capacity) FROM figures GROUP BY county
  UNION ALL SELECT 'national', coalesce(sum(residents), 0), coalesce(sum(capacity), 0) FROM figures`;

/**
 * The `occupancy_counters` table: residents and places kept per subject (`national`, `county:46`,
 * `centre:BRG-1`), so that no change has to count the open stays. Runs in the caller's transaction, which holds
 * the subjects' locks (EscalationDecider.lockAll) while it changes them.
 */
@Injectable()
export class OccupancyCountersRepository {
  /** Adds residents (negative: removes) to the subjects' counters in one statement; answers their figures after. */
  async addResidents(
    transaction: EntityManager,
    residentsBySubject: Map<string, number>,
  ): Promise<Map<string, OccupancyFigures>> {
    const rows = await transaction.query<CounterRow[]>(
      `INSERT INTO occupancy_counters (subject, residents, capacity)
       SELECT subject, residents, 0 FROM unnest($1::text[], $2::int[]) AS change(subject, residents) ORDER BY subject
       ON CONFLICT (subject) DO UPDATE SET residents = occupancy_counters.residents + EXCLUDED.residents
       RETURNING subject, residents, capacity`,
      [[...residentsBySubject.keys()], [...residentsBySubject.values()]],
    );
    return figuresOf(rows);
  }

  /** Counts every counter again from the centres and the stays (after a change of a centre itself). */
  async recount(transaction: EntityManager): Promise<void> {
    await transaction.query('DELETE FROM occupancy_counters');
    await transaction.query(RECOUNT_OCCUPANCY_COUNTERS);
  }

  /** The figures of these subjects; a subject nobody counted yet has none. */
  async figures(transaction: EntityManager, subjects: string[]): Promise<Map<string, OccupancyFigures>> {
    const rows = await transaction.query<CounterRow[]>(
      'SELECT subject, residents, capacity FROM occupancy_counters WHERE subject = ANY($1)',
      [subjects],
    );
    return figuresOf(rows);
  }
}

interface CounterRow {
  subject: string;
  residents: number;
  capacity: number;
}

function figuresOf(rows: CounterRow[]): Map<string, OccupancyFigures> {
  return new Map(
    rows.map((row) => [row.subject, occupancyFigures(Number(row.residents), Number(row.capacity))]),
  );
}
