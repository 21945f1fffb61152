import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The waiting_snapshots table: per week, how many children in care waited beyond the target. */
@Injectable()
export class WaitingRepository {
  async recordWeek(transaction: EntityManager, weekStart: string, beyondTarget: number): Promise<void> {
    await transaction.query(
      `INSERT INTO waiting_snapshots (week_start, beyond_target) VALUES ($1, $2)
       ON CONFLICT (week_start) DO UPDATE SET beyond_target = EXCLUDED.beyond_target, taken_at = now()`,
      [weekStart, beyondTarget],
    );
  }

  /** The latest weeks' figures, oldest first. */
  async beyondTargetPerWeek(transaction: EntityManager, weeks = 8): Promise<number[]> {
    const rows = await transaction.query<{ beyond_target: number }[]>(
      `SELECT beyond_target FROM (SELECT * FROM waiting_snapshots ORDER BY week_start DESC LIMIT $1) recent ORDER BY week_start`,
      [weeks],
    );
    return rows.map((row) => row.beyond_target);
  }
}
