import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail of the service: who did what to which target, when, with what outcome and why. Append-only in
 * the database itself: a trigger refuses every UPDATE, DELETE and TRUNCATE, whoever connects.
 */
export class AuditTrail1764950000000 implements MigrationInterface {
  name = 'AuditTrail1764950000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE audit_trail (
        audit_id       bigserial PRIMARY KEY,
        recorded_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_subject  text NOT NULL,
        actor_name     text NOT NULL,
        actor_issuer   text,
        action         text NOT NULL,
        target         text NOT NULL,
        outcome        text NOT NULL CHECK (outcome IN ('done', 'refused', 'preview')),
        reason         text,
        details        jsonb NOT NULL DEFAULT '{}'
      )`);
    await runner.query(`CREATE INDEX audit_trail_by_time ON audit_trail (recorded_at, audit_id)`);
    await runner.query(`CREATE INDEX audit_trail_by_action ON audit_trail (action, audit_id)`);
    await runner.query(`CREATE INDEX audit_trail_by_target ON audit_trail (target, audit_id)`);
    await runner.query(`
      CREATE FUNCTION audit_trail_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await runner.query(`
      CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail
      FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse_change()`);
    await runner.query(`
      CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
      FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse_change()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_trail');
    await runner.query('DROP FUNCTION audit_trail_refuse_change()');
  }
}
