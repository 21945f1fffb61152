import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10's policy inputs: the need's components, unaccompanied minors by age band in decisions, a distribution
 * without an EM figure (unknown, not 0), the committee's county targets and county authorities' recommendations.
 */
export class PolicyInputs1764460000000 implements MigrationInterface {
  name = 'PolicyInputs1764460000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE need_estimates
        ADD COLUMN residents_with_permit integer CHECK (residents_with_permit >= 0),
        ADD COLUMN expected_permits      integer CHECK (expected_permits >= 0),
        ADD COLUMN resettlement_quota    integer CHECK (resettlement_quota >= 0)`);
    await runner.query(`ALTER TABLE distributions ALTER COLUMN em DROP NOT NULL`);
    await runner.query(`
      ALTER TABLE municipal_decisions
        ADD COLUMN em_under_15 integer CHECK (em_under_15 >= 0),
        ADD COLUMN em_15_to_18 integer CHECK (em_15_to_18 >= 0)`);
    await runner.query(`
      CREATE TABLE county_target_sets (
        set_id       bigserial PRIMARY KEY,
        year         integer NOT NULL,
        targets      jsonb NOT NULL,
        source       text NOT NULL,
        set_on       date NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX county_target_sets_by_year ON county_target_sets (year, set_on, set_id)`,
    );
    await runner.query(`
      CREATE TABLE county_recommendations (
        year                 integer NOT NULL,
        municipality_number  char(4) NOT NULL REFERENCES municipalities (municipality_number),
        county_number        char(2) NOT NULL REFERENCES counties (county_number),
        persons              integer NOT NULL CHECK (persons >= 0),
        em_under_15          integer CHECK (em_under_15 >= 0),
        em_15_to_18          integer CHECK (em_15_to_18 >= 0),
        source               text NOT NULL,
        recorded_at          timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, municipality_number)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE county_recommendations`);
    await runner.query(`DROP TABLE county_target_sets`);
    await runner.query(`ALTER TABLE municipal_decisions DROP COLUMN em_under_15, DROP COLUMN em_15_to_18`);
    await runner.query(`UPDATE distributions SET em = 0 WHERE em IS NULL`);
    await runner.query(`ALTER TABLE distributions ALTER COLUMN em SET NOT NULL`);
    await runner.query(
      `ALTER TABLE need_estimates DROP COLUMN residents_with_permit, DROP COLUMN expected_permits, DROP COLUMN resettlement_quota`,
    );
  }
}
