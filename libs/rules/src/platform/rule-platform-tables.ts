import type { QueryRunner } from 'typeorm';

/**
 * Rule-set versions, activations, refusals and decision records, created in the service's own schema by a
 * migration. Every version ever activated stays here with who activated it and when.
 */
export async function createRulePlatformTables(runner: QueryRunner): Promise<void> {
  await runner.query(`
    CREATE TABLE rule_set_versions (
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
    CREATE TABLE rule_set_activations (
      activation_id  bigserial PRIMARY KEY,
      rule_set_id    text NOT NULL,
      content_hash   text NOT NULL,
      activated_by   text NOT NULL,
      reason         text NOT NULL,
      activated_at   timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (rule_set_id, content_hash) REFERENCES rule_set_versions (rule_set_id, content_hash)
    )`);
  await runner.query(
    `CREATE INDEX rule_set_activations_latest ON rule_set_activations (rule_set_id, activation_id DESC)`,
  );
  await runner.query(`
    CREATE TABLE rule_set_refusals (
      refusal_id    bigserial PRIMARY KEY,
      rule_set_id   text NOT NULL,
      origin        text NOT NULL,
      submitted_by  text NOT NULL,
      problems      jsonb NOT NULL,
      refused_at    timestamptz NOT NULL DEFAULT now()
    )`);
  await runner.query(`
    CREATE TABLE decision_records (
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
  await runner.query(`CREATE INDEX decision_records_by_time ON decision_records (rule_set_id, evaluated_at)`);
}

export async function dropRulePlatformTables(runner: QueryRunner): Promise<void> {
  for (const table of [
    'decision_records',
    'rule_set_refusals',
    'rule_set_activations',
    'rule_set_versions',
  ]) {
    await runner.query(`DROP TABLE ${table}`);
  }
}
