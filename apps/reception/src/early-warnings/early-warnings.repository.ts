import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EarlyWarningIssued } from '#contracts';

export type WarningStatus = 'pending' | 'delivered' | 'failed';

export interface EarlyWarningRecord extends EarlyWarningIssued {
  status: WarningStatus;
  attempts: number;
  lastError: string | null;
  deliveredAt: string | null;
}

interface WarningRow {
  payload: EarlyWarningIssued;
  status: WarningStatus;
  attempts: number;
  last_error: string | null;
  delivered_at: Date | null;
}

/** Early warnings to host municipalities, each kept with its delivery status, and where to deliver them. */
@Injectable()
export class EarlyWarningsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async add(transaction: EntityManager, warning: EarlyWarningIssued): Promise<void> {
    await transaction.query(
      `INSERT INTO early_warnings (warning_id, municipality_number, payload, status, issued_at) VALUES ($1, $2, $3, 'pending', $4)`,
      [warning.warningId, warning.municipalityNumber, JSON.stringify(warning), warning.issuedAt],
    );
  }

  async pendingIds(limit = 100): Promise<string[]> {
    const rows = await this.dataSource.query<{ warning_id: string }[]>(
      `SELECT warning_id FROM early_warnings WHERE status = 'pending' ORDER BY issued_at LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.warning_id);
  }

  async get(warningId: string): Promise<EarlyWarningRecord | undefined> {
    const rows = await this.dataSource.query<WarningRow[]>(
      `SELECT * FROM early_warnings WHERE warning_id = $1`,
      [warningId],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async list(municipalityNumber?: string): Promise<EarlyWarningRecord[]> {
    const rows = await this.dataSource.query<WarningRow[]>(
      `SELECT * FROM early_warnings WHERE ($1::text IS NULL OR municipality_number = $1) ORDER BY issued_at DESC LIMIT 1000`,
      [municipalityNumber ?? null],
    );
    return rows.map(toRecord);
  }

  async recordAttempt(
    warningId: string,
    outcome: { delivered: true } | { delivered: false; error: string; final: boolean },
  ): Promise<void> {
    if (outcome.delivered) {
      await this.dataSource.query(
        `UPDATE early_warnings SET status = 'delivered', attempts = attempts + 1, last_error = NULL, delivered_at = now()
         WHERE warning_id = $1 AND status = 'pending'`,
        [warningId],
      );
    } else {
      await this.dataSource.query(
        `UPDATE early_warnings SET attempts = attempts + 1, last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END
         WHERE warning_id = $1 AND status = 'pending'`,
        [warningId, outcome.error.slice(0, 1000), outcome.final],
      );
    }
  }

  async webhookOf(municipalityNumber: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<{ url: string }[]>(
      `SELECT url FROM host_municipality_webhooks WHERE municipality_number = $1`,
      [municipalityNumber],
    );
    return rows[0]?.url;
  }

  async setWebhook(municipalityNumber: string, url: string, updatedBy: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO host_municipality_webhooks (municipality_number, url, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (municipality_number) DO UPDATE SET url = EXCLUDED.url, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [municipalityNumber, url, updatedBy],
    );
  }
}

function toRecord(row: WarningRow): EarlyWarningRecord {
  return {
    ...row.payload,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
  };
}
