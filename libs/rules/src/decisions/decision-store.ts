import type { DataSource, EntityManager } from 'typeorm';

import type { FactValues, RuleOutcome } from '../compiled-rule-set.js';
import type { DecisionRecord } from './decision-record.js';

interface DecisionRow {
  decision_id: string;
  rule_set_id: string;
  rule_set_version: string;
  content_hash: string;
  subject: string;
  facts: FactValues;
  fired_rules: string[];
  outcomes: RuleOutcome[];
  context: Record<string, unknown>;
  evaluated_at: Date;
}

const toRecord = (row: DecisionRow): DecisionRecord => ({
  decisionId: row.decision_id,
  ruleSet: { id: row.rule_set_id, version: row.rule_set_version, contentHash: row.content_hash },
  subject: row.subject,
  facts: row.facts,
  firedRules: row.fired_rules,
  outcomes: row.outcomes,
  context: row.context,
  evaluatedAt: row.evaluated_at.toISOString(),
});

export class DecisionStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts records in one statement, in the caller's transaction or on its own. */
  async insert(
    records: DecisionRecord[],
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (records.length === 0) return;
    const values: unknown[] = [];
    const rows = records.map((record, index) => {
      values.push(
        record.decisionId,
        record.ruleSet.id,
        record.ruleSet.version,
        record.ruleSet.contentHash,
        record.subject,
        JSON.stringify(record.facts),
        record.firedRules,
        JSON.stringify(record.outcomes),
        JSON.stringify(record.context),
        record.evaluatedAt,
      );
      const base = index * 10;
      return `(${Array.from({ length: 10 }, (_, column) => `$${base + column + 1}`).join(', ')})`;
    });
    await transaction.query(
      `INSERT INTO decision_records (decision_id, rule_set_id, rule_set_version, content_hash, subject, facts,
         fired_rules, outcomes, context, evaluated_at) VALUES ${rows.join(', ')} ON CONFLICT DO NOTHING`,
      values,
    );
  }

  async get(decisionId: string): Promise<DecisionRecord | undefined> {
    const rows = await this.dataSource.query<DecisionRow[]>(
      'SELECT * FROM decision_records WHERE decision_id = $1',
      [decisionId],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /** Recorded evaluations of a rule set in a period, oldest first, for simulation. */
  async history(
    ruleSetId: string,
    period: { from?: string; to?: string; limit: number },
  ): Promise<DecisionRecord[]> {
    const rows = await this.dataSource.query<DecisionRow[]>(
      `SELECT * FROM decision_records WHERE rule_set_id = $1
         AND ($2::timestamptz IS NULL OR evaluated_at >= $2) AND ($3::timestamptz IS NULL OR evaluated_at < $3)
       ORDER BY evaluated_at LIMIT $4`,
      [ruleSetId, period.from ?? null, period.to ?? null, period.limit],
    );
    return rows.map(toRecord);
  }
}
