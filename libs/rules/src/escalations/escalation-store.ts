import type { DataSource, EntityManager } from 'typeorm';

import type { EscalationSeverity, FactValue, RuleSetReference } from '#contracts';

import type { EscalationRepository } from './escalation-ports.js';

type FactValues = Record<string, FactValue>;

export interface OpenEscalation {
  escalationId: string;
  rule: string;
  subject: string;
  raisedAt: string;
}

export interface EscalationRecord extends OpenEscalation {
  decisionId: string | null;
  severity: EscalationSeverity;
  message: string;
  status: 'open' | 'resolved';
  facts: FactValues;
  ruleSet: RuleSetReference;
  resolvedAt: string | null;
}

interface EscalationRow {
  escalation_id: string;
  rule_name: string;
  subject: string;
  severity: EscalationSeverity;
  message: string;
  status: 'open' | 'resolved';
  facts: FactValues;
  rule_set_id: string;
  rule_set_version: string;
  rule_set_hash: string;
  raised_at: Date;
  resolved_at: Date | null;
  decision_id: string | null;
}

/** Reads and writes a service's escalations table. */
export class EscalationStore implements EscalationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises the evaluations that decide on the same subjects, so two cannot both raise or both resolve. */
  async lock(transaction: EntityManager, key: string): Promise<void> {
    await transaction.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`escalations:${key}`]);
  }

  /** Takes the locks of several keys in one statement, in sorted order (no two transactions wait for each other). */
  async lockAll(transaction: EntityManager, keys: string[]): Promise<void> {
    await transaction.query(
      `SELECT pg_advisory_xact_lock(hashtext(key)) FROM (
         SELECT DISTINCT 'escalations:' || key AS key FROM unnest($1::text[]) AS keys(key) ORDER BY 1) AS sorted`,
      [keys],
    );
  }

  /** Open escalations of these subjects. */
  async openFor(transaction: EntityManager, subjects: string[]): Promise<OpenEscalation[]> {
    const rows = await transaction.query<
      { escalation_id: string; rule_name: string; subject: string; raised_at: Date }[]
    >(
      `SELECT escalation_id, rule_name, subject, raised_at FROM escalations WHERE status = 'open' AND subject = ANY($1)`,
      [subjects],
    );
    return rows.map((row) => ({
      escalationId: row.escalation_id,
      rule: row.rule_name,
      subject: row.subject,
      raisedAt: row.raised_at.toISOString(),
    }));
  }

  async findOpen(
    transaction: EntityManager,
    rule: string,
    subject: string,
  ): Promise<OpenEscalation | undefined> {
    const rows = await transaction.query<EscalationRow[]>(
      `SELECT escalation_id, rule_name, subject, raised_at FROM escalations
       WHERE rule_name = $1 AND subject = $2 AND status = 'open'`,
      [rule, subject],
    );
    const row = rows[0];
    return row
      ? {
          escalationId: row.escalation_id,
          rule: row.rule_name,
          subject: row.subject,
          raisedAt: row.raised_at.toISOString(),
        }
      : undefined;
  }

  async insertOpen(
    transaction: EntityManager,
    escalation: Omit<EscalationRecord, 'status' | 'resolvedAt'>,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO escalations (escalation_id, rule_name, subject, severity, message, status, facts,
         rule_set_id, rule_set_version, rule_set_hash, raised_at, decision_id)
       VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $8, $9, $10, $11)`,
      [
        escalation.escalationId,
        escalation.rule,
        escalation.subject,
        escalation.severity,
        escalation.message,
        JSON.stringify(escalation.facts),
        escalation.ruleSet.id,
        escalation.ruleSet.version,
        escalation.ruleSet.contentHash ?? '',
        escalation.raisedAt,
        escalation.decisionId,
      ],
    );
  }

  async markResolved(
    transaction: EntityManager,
    escalationId: string,
    facts: FactValues,
    resolvedAt: string,
  ): Promise<boolean> {
    // For an UPDATE the driver answers [rows, affected count].
    const [, affected] = await transaction.query<[unknown[], number]>(
      `UPDATE escalations SET status = 'resolved', resolution_facts = $2, resolved_at = $3
       WHERE escalation_id = $1 AND status = 'open'`,
      [escalationId, JSON.stringify(facts), resolvedAt],
    );
    return affected > 0;
  }

  async list(status?: 'open' | 'resolved'): Promise<EscalationRecord[]> {
    const rows = await this.dataSource.query<EscalationRow[]>(
      `SELECT * FROM escalations WHERE ($1::text IS NULL OR status = $1) ORDER BY raised_at DESC LIMIT 1000`,
      [status ?? null],
    );
    return rows.map((row) => ({
      escalationId: row.escalation_id,
      decisionId: row.decision_id,
      rule: row.rule_name,
      subject: row.subject,
      severity: row.severity,
      message: row.message,
      status: row.status,
      facts: row.facts,
      ruleSet: { id: row.rule_set_id, version: row.rule_set_version, contentHash: row.rule_set_hash },
      raisedAt: row.raised_at.toISOString(),
      resolvedAt: row.resolved_at?.toISOString() ?? null,
    }));
  }
}
