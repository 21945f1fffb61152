import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '#messaging';

export class InitialReceptionSchema1764000000000 implements MigrationInterface {
  name = 'InitialReceptionSchema1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createMessagingTables(runner);
    await runner.query(`
      CREATE TABLE centres (
        centre_id                 text PRIMARY KEY,
        name                      text,
        host_municipality_number  char(4) NOT NULL,
        centre_type               text NOT NULL,
        fixed_places              integer NOT NULL CHECK (fixed_places >= 0),
        flexible_places           integer NOT NULL DEFAULT 0 CHECK (flexible_places >= 0),
        registered_at             timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE stays (
        stay_id           bigserial PRIMARY KEY,
        person_id         text NOT NULL,
        centre_id         text NOT NULL REFERENCES centres (centre_id),
        arrived_on        date NOT NULL,
        departed_on       date,
        departure_reason  text,
        CHECK (departed_on IS NULL OR departed_on >= arrived_on)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX stays_one_open_per_person ON stays (person_id) WHERE departed_on IS NULL`,
    );
    await runner.query(`CREATE INDEX stays_open_by_centre ON stays (centre_id) WHERE departed_on IS NULL`);
    await runner.query(`
      CREATE TABLE escalations (
        escalation_id     uuid PRIMARY KEY,
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
      `CREATE UNIQUE INDEX escalations_one_open ON escalations (rule_name, subject) WHERE status = 'open'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE escalations');
    await runner.query('DROP TABLE stays');
    await runner.query('DROP TABLE centres');
    await dropMessagingTables(runner);
  }
}
