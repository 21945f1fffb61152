import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four eyes on rule sets: a candidate (over HTTP, or a changed rule file when file activation is off) waits here
 * until a policy approver other than its author approves it (it then becomes a version and is activated) or
 * rejects it with a reason. Who decided, and why, is kept with it (and in the audit trail).
 */
export class RuleSetCandidates1764951000000 implements MigrationInterface {
  name = 'RuleSetCandidates1764951000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE rule_set_candidates (
        candidate_id       bigserial PRIMARY KEY,
        rule_set_id        text NOT NULL,
        version            text NOT NULL,
        content_hash       text NOT NULL,
        content            text NOT NULL,
        origin             text NOT NULL,
        submitted_by       text NOT NULL,
        submitted_by_name  text NOT NULL,
        submitted_at       timestamptz NOT NULL DEFAULT now(),
        status             text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        decided_by         text,
        decided_by_name    text,
        decided_at         timestamptz,
        reason             text
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX rule_set_candidates_one_pending ON rule_set_candidates (rule_set_id, version) WHERE status = 'pending'`,
    );
    await runner.query(
      `CREATE INDEX rule_set_candidates_by_rule_set ON rule_set_candidates (rule_set_id, candidate_id DESC)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE rule_set_candidates');
  }
}
