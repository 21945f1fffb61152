import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAndMatching1764300000000 implements MigrationInterface {
  name = 'PeopleAndMatching1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE persons (
        person_id             text PRIMARY KEY,
        household_id          text NOT NULL,
        household_size        integer NOT NULL,
        permit_date           date NOT NULL,
        unaccompanied_minor   boolean NOT NULL,
        age_band              text NOT NULL,
        family_with_children  boolean NOT NULL,
        needs                 text[] NOT NULL,
        ready_on              date NOT NULL,
        settled_in            char(4) REFERENCES municipalities (municipality_number),
        settled_on            date
      )`);
    await runner.query(`CREATE INDEX persons_waiting ON persons (household_id) WHERE settled_on IS NULL`);
    await runner.query(
      `CREATE INDEX persons_settled_by_year ON persons (settled_in, settled_on) WHERE settled_on IS NOT NULL`,
    );
    await runner.query(`
      CREATE TABLE placements (
        placement_id         bigserial PRIMARY KEY,
        household_id         text NOT NULL,
        municipality_number  char(4) NOT NULL REFERENCES municipalities (municipality_number),
        top_suggestion       char(4),
        rank                 integer,
        reason               text,
        chosen_by            text NOT NULL,
        chosen_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE check_runs (
        run_id       bigserial PRIMARY KEY,
        job_id       text NOT NULL,
        instance_id  text NOT NULL,
        as_of        date NOT NULL,
        summary      jsonb NOT NULL,
        ran_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE waiting_snapshots (
        week_start     date NOT NULL,
        group_name     text NOT NULL,
        waiting        integer NOT NULL,
        beyond_target  integer NOT NULL,
        taken_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (week_start, group_name)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE check_runs');
    for (const table of ['waiting_snapshots', 'placements', 'persons'])
      await runner.query(`DROP TABLE ${table}`);
  }
}
