import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The national figures at the end of a day with changes. */
export interface OccupancyDay {
  day: string;
  residents: number;
  capacity: number;
}

/** The `occupancy_days` table: national residents and places kept per day. Runs in the caller's transaction. */
@Injectable()
export class OccupancyDaysRepository {
  /** Keeps the national figures for a day (the last change of a day stands for the day). */
  async record(transaction: EntityManager, { day, residents, capacity }: OccupancyDay): Promise<void> {
    await transaction.query(
      `INSERT INTO occupancy_days (day, residents, capacity) VALUES ($1, $2, $3)
       ON CONFLICT (day) DO UPDATE SET residents = EXCLUDED.residents, capacity = EXCLUDED.capacity`,
      [day, residents, capacity],
    );
  }

  /** Keeps the national figures of several days in one statement. */
  async recordAll(transaction: EntityManager, days: OccupancyDay[]): Promise<void> {
    if (days.length === 0) return;
    await transaction.query(
      `INSERT INTO occupancy_days (day, residents, capacity)
       SELECT * FROM unnest($1::date[], $2::int[], $3::int[]) ORDER BY 1
       ON CONFLICT (day) DO UPDATE SET residents = EXCLUDED.residents, capacity = EXCLUDED.capacity`,
      [days.map((day) => day.day), days.map((day) => day.residents), days.map((day) => day.capacity)],
    );
  }

  async between(transaction: EntityManager, from: string, to: string): Promise<OccupancyDay[]> {
    return transaction.query<OccupancyDay[]>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, residents, capacity FROM occupancy_days
       WHERE day BETWEEN $1 AND $2 ORDER BY day`,
      [from, to],
    );
  }

  async latestDay(transaction: EntityManager): Promise<string | undefined> {
    const [row] = await transaction.query<{ day: string | null }[]>(
      `SELECT to_char(max(day), 'YYYY-MM-DD') AS day FROM occupancy_days`,
    );
    return row.day ?? undefined;
  }

  /** National occupancy at the end of each of the last days up to `day`, oldest first (days without data left out). */
  async occupancyPerDay(transaction: EntityManager, day: string, days = 30): Promise<number[]> {
    const rows = await transaction.query<{ percent: string | null }[]>(
      `SELECT (SELECT CASE WHEN o.capacity > 0 THEN round(o.residents * 1000.0 / o.capacity) / 10 END
               FROM occupancy_days o WHERE o.day <= d ORDER BY o.day DESC LIMIT 1) AS percent
       FROM generate_series($1::date - ($2::int - 1), $1::date, interval '1 day') d ORDER BY d`,
      [day, days],
    );
    return rows.filter((row) => row.percent !== null).map((row) => Number(row.percent));
  }
}
