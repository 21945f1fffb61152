import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The escalations a service has raised, open or resolved; at most one open per rule and subject. IF NOT EXISTS
 * because on databases migrated before the libraries had migrations of their own, one of the service's migrations
 * created this same table.
 */
export class EscalationsTable1763200000000 implements MigrationInterface {
  name = 'EscalationsTable1763200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS escalations (
        escalation_id     uuid PRIMARY KEY,
        decision_id       uuid,
        rule_name         text NOT NULL,
        subject           text NOT NULL,
        severity          text NOT NULL,
        message           text NOT NULL,
        status            text NOT NULL CHECK (status IN ('open', 'resolved')),
        facts             jsonb NOT NULL,
        resolution_facts  jsonb,
        rule_set_id       text NOT NULL,
        rule_set_version  text NOT NULL,
        rule_set_hash     text NOT NULL,
        raised_at         timestamptz NOT NULL,
        resolved_at       timestamptz
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX IF NOT EXISTS escalations_one_open ON escalations (rule_name, subject) WHERE status = 'open'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE escalations');
  }
}
