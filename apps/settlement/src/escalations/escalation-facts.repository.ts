import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { FactValues } from '#rules';

export const WEEKS_IN_SERIES = 8;

/** Reads the national figures the settlement escalation rules need, and keeps the weekly waiting snapshots. */
@Injectable()
export class EscalationFactsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async national(transaction: EntityManager, year: number): Promise<FactValues> {
    const [need] = await transaction.query<{ total: number; em: number }[]>(
      `SELECT total, em_under_15 + em_15_to_18 AS em FROM need_estimates WHERE year = $1
       ORDER BY estimated_on DESC, estimate_id DESC LIMIT 1`,
      [year],
    );
    const [issued] = await transaction.query<{ total: number; em: number; asked: string }[]>(
      `SELECT total, em, (SELECT count(*) FROM jsonb_array_elements(result->'municipalities') r WHERE (r->>'requested')::int > 0) AS asked
       FROM distributions WHERE year = $1 AND status = 'issued'`,
      [year],
    );
    const [decided] = await transaction.query<{ total: string | null; municipalities: string }[]>(
      `SELECT sum(total) AS total, count(*) AS municipalities FROM (
         SELECT DISTINCT ON (municipality_number) total FROM municipal_decisions WHERE year = $1
         ORDER BY municipality_number, decided_on DESC, decision_id DESC) latest`,
      [year],
    );
    const series = async (group: string) =>
      (
        await transaction.query<{ beyond_target: number }[]>(
          `SELECT beyond_target FROM (SELECT * FROM waiting_snapshots WHERE group_name = $1 ORDER BY week_start DESC LIMIT $2) recent
           ORDER BY week_start`,
          [group, WEEKS_IN_SERIES],
        )
      ).map((row) => row.beyond_target);
    const decidedTotal = Number(decided.total ?? 0);
    return {
      needSinceDistribution: issued && need ? [issued.total, need.total] : [],
      emNeedSinceDistribution: issued && need ? [issued.em, need.em] : [],
      decisionsReceivedPercent:
        issued && Number(issued.asked) > 0
          ? Math.round((Number(decided.municipalities) / Number(issued.asked)) * 1000) / 10
          : null,
      decisionShortfallPercent:
        need && need.total > 0 ? Math.round(((need.total - decidedTotal) / need.total) * 1000) / 10 : null,
      beyondTargetPerWeek: await series('all'),
      emBeyondTargetPerWeek: await series('unaccompanied-minors'),
    };
  }

  async recordSnapshot(
    weekStart: string,
    group: string,
    waiting: number,
    beyondTarget: number,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO waiting_snapshots (week_start, group_name, waiting, beyond_target) VALUES ($1, $2, $3, $4)
       ON CONFLICT (week_start, group_name) DO UPDATE SET waiting = EXCLUDED.waiting, beyond_target = EXCLUDED.beyond_target, taken_at = now()`,
      [weekStart, group, waiting, beyondTarget],
    );
  }

  /** Households with someone waiting, or with an open escalation still to resolve. */
  async householdsToCheck(): Promise<string[]> {
    const rows = await this.dataSource.query<{ household_id: string }[]>(
      `SELECT DISTINCT household_id FROM persons WHERE settled_on IS NULL
       UNION SELECT substring(subject FROM 11) FROM escalations WHERE status = 'open' AND subject LIKE 'household:%'`,
    );
    return rows.map((row) => row.household_id);
  }

  async recordRun(jobId: string, instanceId: string, asOf: string, summary: object): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO check_runs (job_id, instance_id, as_of, summary) VALUES ($1, $2, $3, $4)`,
      [jobId, instanceId, asOf, JSON.stringify(summary)],
    );
  }
}
