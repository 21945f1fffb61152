import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type EscalationDeliveryKind = 'raised' | 'resolved';

export interface DeliveryKey {
  escalationId: string;
  kind: EscalationDeliveryKind;
}

/** An escalation's raising or resolution, as UDI's system receives it. */
export interface EscalationDelivery extends DeliveryKey {
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
  rule: string;
  subject: string;
  severity: string;
  message: string;
  facts: Record<string, unknown>;
  resolutionFacts: Record<string, unknown> | null;
  ruleSet: { id: string; version: string; hash: string };
  decisionId: string | null;
  raisedAt: string;
  resolvedAt: string | null;
}

interface Row {
  escalation_id: string;
  kind: EscalationDeliveryKind;
  status: EscalationDelivery['status'];
  attempts: number;
  last_error: string | null;
  rule_name: string;
  subject: string;
  severity: string;
  message: string;
  facts: Record<string, unknown>;
  resolution_facts: Record<string, unknown> | null;
  rule_set_id: string;
  rule_set_version: string;
  rule_set_hash: string;
  decision_id: string | null;
  raised_at: Date;
  resolved_at: Date | null;
}

/** The `escalation_deliveries` table, beside the escalations table the escalation rules keep. */
@Injectable()
export class EscalationDeliveriesRepository {
  /** Adds a pending delivery for every raising and resolution that has none yet; answers the pending ones. */
  async pending(transaction: EntityManager, limit = 500): Promise<DeliveryKey[]> {
    await transaction.query(
      `INSERT INTO escalation_deliveries (escalation_id, kind)
       SELECT escalation_id, 'raised' FROM escalations
       UNION ALL SELECT escalation_id, 'resolved' FROM escalations WHERE status = 'resolved'
       ON CONFLICT DO NOTHING`,
    );
    const rows = await transaction.query<{ escalation_id: string; kind: EscalationDeliveryKind }[]>(
      `SELECT escalation_id, kind FROM escalation_deliveries WHERE status = 'pending' ORDER BY created_at LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ escalationId: row.escalation_id, kind: row.kind }));
  }

  async get(transaction: EntityManager, key: DeliveryKey): Promise<EscalationDelivery | undefined> {
    const rows = await transaction.query<Row[]>(
      `SELECT d.escalation_id, d.kind, d.status, d.attempts, d.last_error, e.rule_name, e.subject, e.severity,
              e.message, e.facts, e.resolution_facts, e.rule_set_id, e.rule_set_version, e.rule_set_hash,
              e.decision_id, e.raised_at, e.resolved_at
       FROM escalation_deliveries d JOIN escalations e USING (escalation_id)
       WHERE d.escalation_id = $1 AND d.kind = $2`,
      [key.escalationId, key.kind],
    );
    const row = rows[0];
    return row && deliveryOf(row);
  }

  async list(transaction: EntityManager): Promise<EscalationDelivery[]> {
    const rows = await transaction.query<Row[]>(
      `SELECT d.escalation_id, d.kind, d.status, d.attempts, d.last_error, e.rule_name, e.subject, e.severity,
              e.message, e.facts, e.resolution_facts, e.rule_set_id, e.rule_set_version, e.rule_set_hash,
              e.decision_id, e.raised_at, e.resolved_at
       FROM escalation_deliveries d JOIN escalations e USING (escalation_id) ORDER BY d.created_at, d.kind DESC`,
    );
    return rows.map(deliveryOf);
  }

  async recordAttempt(
    transaction: EntityManager,
    key: DeliveryKey,
    attempt: { delivered: true } | { delivered: false; error: string; final: boolean },
  ): Promise<void> {
    await transaction.query(
      `UPDATE escalation_deliveries SET attempts = attempts + 1,
         status = CASE WHEN $3 THEN 'delivered' WHEN $5 THEN 'failed' ELSE status END,
         delivered_at = CASE WHEN $3 THEN now() ELSE delivered_at END,
         last_error = $4
       WHERE escalation_id = $1 AND kind = $2 AND status = 'pending'`,
      [
        key.escalationId,
        key.kind,
        attempt.delivered,
        attempt.delivered ? null : attempt.error.slice(0, 1000),
        !attempt.delivered && attempt.final,
      ],
    );
  }
}

function deliveryOf(row: Row): EscalationDelivery {
  return {
    escalationId: row.escalation_id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    rule: row.rule_name,
    subject: row.subject,
    severity: row.severity,
    message: row.message,
    facts: row.facts,
    resolutionFacts: row.resolution_facts,
    ruleSet: { id: row.rule_set_id, version: row.rule_set_version, hash: row.rule_set_hash },
    decisionId: row.decision_id,
    raisedAt: row.raised_at.toISOString(),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
  };
}
