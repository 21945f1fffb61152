import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { EarlyWarningIssued } from '#contracts';

export type WarningStatus = 'pending' | 'delivered' | 'failed';

export interface EarlyWarningRecord extends EarlyWarningIssued {
  status: WarningStatus;
  attempts: number;
  lastError: string | null;
  deliveredAt: string | null;
}

/** How one try to deliver a warning went; a final failure gives up on it. */
export type DeliveryAttempt = { delivered: true } | { delivered: false; error: string; final: boolean };

interface WarningRow {
  payload: EarlyWarningIssued;
  status: WarningStatus;
  attempts: number;
  last_error: string | null;
  delivered_at: Date | null;
}

/** The `early_warnings` table: warnings to host municipalities with their delivery status. */
@Injectable()
export class EarlyWarningsRepository {
  async add(transaction: EntityManager, warning: EarlyWarningIssued): Promise<void> {
    await transaction.query(
      `INSERT INTO early_warnings (warning_id, municipality_number, payload, status, issued_at) VALUES ($1, $2, $3, 'pending', $4)`,
      [warning.warningId, warning.municipalityNumber, JSON.stringify(warning), warning.issuedAt],
    );
  }

  async pendingIds(transaction: EntityManager, limit = 100): Promise<string[]> {
    const rows = await transaction.query<{ warning_id: string }[]>(
      `SELECT warning_id FROM early_warnings WHERE status = 'pending' ORDER BY issued_at LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.warning_id);
  }

  async get(transaction: EntityManager, warningId: string): Promise<EarlyWarningRecord | undefined> {
    const rows = await transaction.query<WarningRow[]>(`SELECT * FROM early_warnings WHERE warning_id = $1`, [
      warningId,
    ]);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /** Newest first, of one host municipality or of all. */
  /** Of the municipalities given (undefined: of every one). */
  async list(
    transaction: EntityManager,
    municipalityNumbers?: readonly string[],
  ): Promise<EarlyWarningRecord[]> {
    const rows = await transaction.query<WarningRow[]>(
      `SELECT * FROM early_warnings WHERE ($1::text[] IS NULL OR municipality_number = ANY($1)) ORDER BY issued_at DESC LIMIT 1000`,
      [municipalityNumbers ?? null],
    );
    return rows.map(toRecord);
  }

  /** Counts a try on a warning still pending: delivered, failed for now, or failed for good. */
  async recordAttempt(
    transaction: EntityManager,
    warningId: string,
    attempt: DeliveryAttempt,
  ): Promise<void> {
    if (attempt.delivered) {
      await transaction.query(
        `UPDATE early_warnings SET status = 'delivered', attempts = attempts + 1, last_error = NULL, delivered_at = now()
         WHERE warning_id = $1 AND status = 'pending'`,
        [warningId],
      );
    } else {
      await transaction.query(
        `UPDATE early_warnings SET attempts = attempts + 1, last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END
         WHERE warning_id = $1 AND status = 'pending'`,
        [warningId, attempt.error.slice(0, 1000), attempt.final],
      );
    }
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
