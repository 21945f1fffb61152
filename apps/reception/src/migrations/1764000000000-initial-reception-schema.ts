import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialReceptionSchema1764000000000 implements MigrationInterface {
  name = 'InitialReceptionSchema1764000000000';

  async up(runner: QueryRunner): Promise<void> {
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
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE stays');
    await runner.query('DROP TABLE centres');
  }
}
