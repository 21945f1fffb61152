import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule-set versions, activations, refusals and decision records, in the service's own schema. Every version ever
 * activated stays here with who activated it and when. IF NOT EXISTS because on databases migrated before the
 * libraries had migrations of their own, one of the service's migrations created these same tables.
 */
export class RulePlatformTables1763100000000 implements MigrationInterface {
  name = 'RulePlatformTables1763100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS rule_set_versions (
        rule_set_id   text NOT NULL,
        content_hash  text NOT NULL,
        version       text NOT NULL,
        content       text NOT NULL,
        origin        text NOT NULL,
        submitted_by  text NOT NULL,
        submitted_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (rule_set_id, content_hash),
        UNIQUE (rule_set_id, version)
      )`);
    await runner.query(`
      CREATE TABLE IF NOT EXISTS rule_set_activations (
        activation_id  bigserial PRIMARY KEY,
        rule_set_id    text NOT NULL,
        content_hash   text NOT NULL,
        activated_by   text NOT NULL,
        reason         text NOT NULL,
        activated_at   timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (rule_set_id, content_hash) REFERENCES rule_set_versions (rule_set_id, content_hash)
      )`);
    await runner.query(
      `CREATE INDEX IF NOT EXISTS rule_set_activations_latest ON rule_set_activations (rule_set_id, activation_id DESC)`,
    );
    await runner.query(`
      CREATE TABLE IF NOT EXISTS rule_set_refusals (
        refusal_id    bigserial PRIMARY KEY,
        rule_set_id   text NOT NULL,
        origin        text NOT NULL,
        submitted_by  text NOT NULL,
        problems      jsonb NOT NULL,
        refused_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE IF NOT EXISTS decision_records (
        decision_id       uuid PRIMARY KEY,
        rule_set_id       text NOT NULL,
        rule_set_version  text NOT NULL,
        content_hash      text NOT NULL,
        subject           text NOT NULL,
        facts             jsonb NOT NULL,
        fired_rules       text[] NOT NULL,
        outcomes          jsonb NOT NULL,
        context           jsonb NOT NULL DEFAULT '{}',
        evaluated_at      timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX IF NOT EXISTS decision_records_by_time ON decision_records (rule_set_id, evaluated_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE decision_records');
    await runner.query('DROP TABLE rule_set_refusals');
    await runner.query('DROP TABLE rule_set_activations');
    await runner.query('DROP TABLE rule_set_versions');
  }
}
