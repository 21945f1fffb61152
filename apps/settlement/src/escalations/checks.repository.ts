import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The weekly waiting snapshots a trend needs at most. */
export const WEEKS_IN_SERIES = 8;

/** 'all': everyone waiting in reception and care centres (resettlement refugees wait abroad and are not in it). */
export type SnapshotGroup = 'all' | 'unaccompanied-minors';

/** One week's snapshot. */
export interface WeeklyWaiting {
  waiting: number;
  beyondTarget: number;
}

const HOUSEHOLD_SUBJECT = 'household:';

/**
 * What the settlement checks keep of their own: the weekly waiting snapshots, a record of each daily run, and
 * (through the escalations table the service's escalation store writes) which households have an open case.
 */
@Injectable()
export class ChecksRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async recordSnapshot(
    weekStart: string,
    group: SnapshotGroup,
    waiting: number,
    beyondTarget: number,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO waiting_snapshots (week_start, group_name, waiting, beyond_target) VALUES ($1, $2, $3, $4)
       ON CONFLICT (week_start, group_name) DO UPDATE SET waiting = EXCLUDED.waiting, beyond_target = EXCLUDED.beyond_target, taken_at = now()`,
      [weekStart, group, waiting, beyondTarget],
    );
  }

  /** Those waiting and those beyond their target in the latest weekly snapshots, oldest week first. */
  async waitingPerWeek(transaction: EntityManager, group: SnapshotGroup): Promise<WeeklyWaiting[]> {
    const rows = await transaction.query<{ waiting: number; beyond_target: number }[]>(
      `SELECT waiting, beyond_target FROM (SELECT * FROM waiting_snapshots WHERE group_name = $1 ORDER BY week_start DESC LIMIT $2) recent
       ORDER BY week_start`,
      [group, WEEKS_IN_SERIES],
    );
    return rows.map((row) => ({ waiting: row.waiting, beyondTarget: row.beyond_target }));
  }

  /** Households with an open case escalation, which a check must look at even when nobody in them waits. */
  async householdsWithOpenEscalations(): Promise<string[]> {
    const rows = await this.dataSource.query<{ household_id: string }[]>(
      `SELECT DISTINCT substring(subject FROM length($1) + 1) AS household_id FROM escalations
       WHERE status = 'open' AND starts_with(subject, $1)`,
      [HOUSEHOLD_SUBJECT],
    );
    return rows.map((row) => row.household_id);
  }

  async recordRun(
    jobId: string,
    instanceId: string,
    asOf: string,
    summary: object,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO check_runs (job_id, instance_id, as_of, summary) VALUES ($1, $2, $3, $4)`,
      [jobId, instanceId, asOf, JSON.stringify(summary)],
    );
  }
}

/** The escalation subject of a household's case. */
export const householdSubject = (householdId: string) => `${HOUSEHOLD_SUBJECT}${householdId}`;
