import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CareCentresSchema1764200000000 implements MigrationInterface {
  name = 'CareCentresSchema1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE care_centres (
        centre_id                 text PRIMARY KEY,
        name                      text,
        host_municipality_number  char(4) NOT NULL,
        state_places              integer NOT NULL CHECK (state_places >= 0),
        private_places            integer NOT NULL CHECK (private_places >= 0),
        registered_at             timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE children (
        person_id           text PRIMARY KEY,
        arrived_on          date,
        reception_centre_id text,
        permit_date         date,
        needs               text[] NOT NULL DEFAULT '{}',
        left_care_on        date,
        left_reason         text
      )`);
    await runner.query(`
      CREATE TABLE placements (
        placement_id  bigserial PRIMARY KEY,
        person_id     text NOT NULL REFERENCES children (person_id),
        centre_id     text NOT NULL REFERENCES care_centres (centre_id),
        placed_on     date NOT NULL,
        left_on       date
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX placements_one_open ON placements (person_id) WHERE left_on IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['placements', 'children', 'care_centres']) await runner.query(`DROP TABLE ${table}`);
  }
}
