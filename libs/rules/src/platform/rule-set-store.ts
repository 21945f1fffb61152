import type { DataSource, EntityManager } from 'typeorm';

import type { RuleSetProblem } from '../validate-rule-set.js';

export interface StoredVersion {
  ruleSetId: string;
  contentHash: string;
  version: string;
  content: string;
  origin: string;
  submittedBy: string;
  submittedAt: string;
}

export interface ActiveVersion {
  ruleSetId: string;
  contentHash: string;
  version: string;
  activatedBy: string;
  activatedAt: string;
}

export interface ActivationHistoryEntry extends ActiveVersion {
  activationId: number;
  reason: string;
}

interface VersionRow {
  rule_set_id: string;
  content_hash: string;
  version: string;
  content: string;
  origin: string;
  submitted_by: string;
  submitted_at: Date;
}

interface ActivationRow {
  activation_id: string;
  rule_set_id: string;
  content_hash: string;
  version: string;
  activated_by: string;
  reason: string;
  activated_at: Date;
}

const toActivation = (row: ActivationRow): ActivationHistoryEntry => ({
  activationId: Number(row.activation_id),
  ruleSetId: row.rule_set_id,
  contentHash: row.content_hash,
  version: row.version,
  activatedBy: row.activated_by,
  reason: row.reason,
  activatedAt: row.activated_at.toISOString(),
});

const toVersion = (row: VersionRow): StoredVersion => ({
  ruleSetId: row.rule_set_id,
  contentHash: row.content_hash,
  version: row.version,
  content: row.content,
  origin: row.origin,
  submittedBy: row.submitted_by,
  submittedAt: row.submitted_at.toISOString(),
});

/** All reads and writes of rule-set versions and activations. */
export class RuleSetStore {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (transaction: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Serialises activations of one rule set across instances for the rest of the transaction. */
  async lock(transaction: EntityManager, ruleSetId: string): Promise<void> {
    await transaction.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rule-set:${ruleSetId}`]);
  }

  async active(
    ruleSetId: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<ActiveVersion | undefined> {
    const rows = await transaction.query<ActivationRow[]>(
      `SELECT a.*, v.version FROM rule_set_activations a
       JOIN rule_set_versions v USING (rule_set_id, content_hash)
       WHERE a.rule_set_id = $1 ORDER BY a.activation_id DESC LIMIT 1`,
      [ruleSetId],
    );
    return rows[0] ? toActivation(rows[0]) : undefined;
  }

  async allActive(): Promise<ActiveVersion[]> {
    const rows = await this.dataSource.query<ActivationRow[]>(
      `SELECT DISTINCT ON (a.rule_set_id) a.*, v.version FROM rule_set_activations a
       JOIN rule_set_versions v USING (rule_set_id, content_hash)
       ORDER BY a.rule_set_id, a.activation_id DESC`,
    );
    return rows.map(toActivation);
  }

  async version(
    ruleSetId: string,
    by: { contentHash?: string; version?: string },
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<StoredVersion | undefined> {
    const rows = await transaction.query<VersionRow[]>(
      `SELECT * FROM rule_set_versions WHERE rule_set_id = $1 AND (content_hash = $2 OR version = $3)`,
      [ruleSetId, by.contentHash ?? null, by.version ?? null],
    );
    return rows[0] ? toVersion(rows[0]) : undefined;
  }

  async addVersion(transaction: EntityManager, version: Omit<StoredVersion, 'submittedAt'>): Promise<void> {
    await transaction.query(
      `INSERT INTO rule_set_versions (rule_set_id, content_hash, version, content, origin, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (rule_set_id, content_hash) DO NOTHING`,
      [
        version.ruleSetId,
        version.contentHash,
        version.version,
        version.content,
        version.origin,
        version.submittedBy,
      ],
    );
  }

  async activate(
    transaction: EntityManager,
    ruleSetId: string,
    contentHash: string,
    activatedBy: string,
    reason: string,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO rule_set_activations (rule_set_id, content_hash, activated_by, reason) VALUES ($1, $2, $3, $4)`,
      [ruleSetId, contentHash, activatedBy, reason],
    );
  }

  async history(ruleSetId: string): Promise<ActivationHistoryEntry[]> {
    const rows = await this.dataSource.query<ActivationRow[]>(
      `SELECT a.*, v.version FROM rule_set_activations a
       JOIN rule_set_versions v USING (rule_set_id, content_hash)
       WHERE a.rule_set_id = $1 ORDER BY a.activation_id DESC`,
      [ruleSetId],
    );
    return rows.map(toActivation);
  }

  async recordRefusal(
    ruleSetId: string,
    origin: string,
    submittedBy: string,
    problems: RuleSetProblem[],
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO rule_set_refusals (rule_set_id, origin, submitted_by, problems) VALUES ($1, $2, $3, $4)`,
      [ruleSetId, origin, submittedBy, JSON.stringify(problems)],
    );
  }
}
