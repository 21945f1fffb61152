import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuditAction, AuditEntry, AuditRecord } from './audit-entry.js';

export interface AuditFilter {
  action?: AuditAction;
  target?: string;
  /** At or after this time. */
  from?: string;
  /** Before this time. */
  to?: string;
  /** Only rows older than this audit id (the `next` of the previous page). */
  before?: string;
  limit: number;
}

export interface AuditPage {
  entries: AuditRecord[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next?: string;
}

interface AuditRow {
  audit_id: string;
  recorded_at: Date;
  actor_subject: string;
  actor_name: string;
  actor_issuer: string | null;
  action: AuditAction;
  target: string;
  outcome: AuditRecord['outcome'];
  reason: string | null;
  details: Record<string, unknown>;
}

const toRecord = (row: AuditRow): AuditRecord => ({
  auditId: row.audit_id,
  recordedAt: row.recorded_at.toISOString(),
  actor: {
    subject: row.actor_subject,
    displayName: row.actor_name,
    ...(row.actor_issuer === null ? {} : { issuer: row.actor_issuer }),
  },
  action: row.action,
  target: row.target,
  outcome: row.outcome,
  reason: row.reason,
  details: row.details,
});

/**
 * The service's audit trail. A change is audited in the transaction that makes it, so the row exists exactly
 * when the change does; a refusal or a read is audited on its own. Rows are never changed (the table refuses it).
 */
@Injectable()
export class AuditTrail {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Records in the caller's transaction; without one, at once on its own. */
  async record(entry: AuditEntry, transaction: EntityManager = this.dataSource.manager): Promise<void> {
    await transaction.query(
      `INSERT INTO audit_trail (actor_subject, actor_name, actor_issuer, action, target, outcome, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.actor.subject,
        entry.actor.displayName,
        entry.actor.issuer ?? null,
        entry.action,
        entry.target,
        entry.outcome ?? 'done',
        entry.reason ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /** Newest first. */
  async find(filter: AuditFilter): Promise<AuditPage> {
    const rows = await this.dataSource.query<AuditRow[]>(
      `SELECT * FROM audit_trail
       WHERE ($1::text IS NULL OR action = $1) AND ($2::text IS NULL OR target = $2)
         AND ($3::timestamptz IS NULL OR recorded_at >= $3) AND ($4::timestamptz IS NULL OR recorded_at < $4)
         AND ($5::bigint IS NULL OR audit_id < $5)
       ORDER BY audit_id DESC LIMIT $6`,
      [
        filter.action ?? null,
        filter.target ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.before ?? null,
        filter.limit + 1,
      ],
    );
    const entries = rows.slice(0, filter.limit).map(toRecord);
    return rows.length > filter.limit ? { entries, next: entries.at(-1)!.auditId } : { entries };
  }
}
