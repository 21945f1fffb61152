import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { NeedEstimated } from '#contracts';

export interface NeedEstimate extends NeedEstimated {
  estimateId: number;
  recordedAt: string;
}

interface EstimateRow {
  estimate_id: string;
  year: number;
  total: number;
  em_under_15: number;
  em_15_to_18: number;
  residents_with_permit: number | null;
  expected_permits: number | null;
  resettlement_quota: number | null;
  source: string;
  estimated_on: string;
  recorded_at: Date;
}

const COLUMNS = `estimate_id, year, total, em_under_15, em_15_to_18, residents_with_permit, expected_permits,
  resettlement_quota, source, to_char(estimated_on, 'YYYY-MM-DD') AS estimated_on, recorded_at`;

const toEstimate = (row: EstimateRow): NeedEstimate => ({
  estimateId: Number(row.estimate_id),
  year: row.year,
  total: row.total,
  emUnder15: row.em_under_15,
  em15To18: row.em_15_to_18,
  ...(row.residents_with_permit === null ? {} : { residentsWithPermit: row.residents_with_permit }),
  ...(row.expected_permits === null ? {} : { expectedPermits: row.expected_permits }),
  ...(row.resettlement_quota === null ? {} : { resettlementQuota: row.resettlement_quota }),
  source: row.source,
  estimatedOn: row.estimated_on,
  recordedAt: row.recorded_at.toISOString(),
});

/** Every estimate of the settlement need is kept; the latest (by estimate date) is in force. */
@Injectable()
export class NeedRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async add(transaction: EntityManager, estimate: NeedEstimated): Promise<void> {
    await transaction.query(
      `INSERT INTO need_estimates (year, total, em_under_15, em_15_to_18, residents_with_permit, expected_permits,
         resettlement_quota, source, estimated_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        estimate.year,
        estimate.total,
        estimate.emUnder15,
        estimate.em15To18,
        estimate.residentsWithPermit ?? null,
        estimate.expectedPermits ?? null,
        estimate.resettlementQuota ?? null,
        estimate.source,
        estimate.estimatedOn,
      ],
    );
  }

  async history(year: number): Promise<NeedEstimate[]> {
    const rows = await this.dataSource.query<EstimateRow[]>(
      `SELECT ${COLUMNS} FROM need_estimates WHERE year = $1 ORDER BY need_estimates.estimated_on, estimate_id`,
      [year],
    );
    return rows.map(toEstimate);
  }

  async current(
    year: number,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<NeedEstimate | undefined> {
    const rows = await transaction.query<EstimateRow[]>(
      `SELECT ${COLUMNS} FROM need_estimates WHERE year = $1
       ORDER BY need_estimates.estimated_on DESC, estimate_id DESC LIMIT 1`,
      [year],
    );
    return rows[0] ? toEstimate(rows[0]) : undefined;
  }

  async byId(estimateId: number, transaction: EntityManager): Promise<NeedEstimate | undefined> {
    const rows = await transaction.query<EstimateRow[]>(
      `SELECT ${COLUMNS} FROM need_estimates WHERE estimate_id = $1`,
      [estimateId],
    );
    return rows[0] ? toEstimate(rows[0]) : undefined;
  }
}
