import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placements that hold (one open per household, reserving capacity in a year until settlement or cancellation),
 * resettlement refugees from selection to arrival, and escalation subjects per year for the year-bound national
 * rules (`national:<year>`) beside the long-waits rules' own subject (`waiting`).
 */
export class PlacementsAndResettlement1764450000000 implements MigrationInterface {
  name = 'PlacementsAndResettlement1764450000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE placements
        ADD COLUMN year                 integer,
        ADD COLUMN status               text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'settled', 'cancelled')),
        ADD COLUMN cancellation_reason  text,
        ADD COLUMN closed_at            timestamptz`);
    await runner.query(`UPDATE placements SET year = extract(year FROM chosen_at)::int`);
    await runner.query(`ALTER TABLE placements ALTER COLUMN year SET NOT NULL`);
    // Before this, a household could be placed several times: the latest placement stands.
    await runner.query(`
      UPDATE placements SET status = 'cancelled', closed_at = now(),
        cancellation_reason = 'superseded by a later placement of the household'
      WHERE placement_id NOT IN (SELECT max(placement_id) FROM placements GROUP BY household_id)`);
    await runner.query(`
      UPDATE placements SET status = 'settled', closed_at = now()
      WHERE status = 'open'
        AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.household_id = placements.household_id AND p.settled_on IS NULL)`);
    await runner.query(
      `CREATE UNIQUE INDEX placements_one_open_per_household ON placements (household_id) WHERE status = 'open'`,
    );
    await runner.query(
      `CREATE INDEX placements_open_by_year ON placements (year, municipality_number) WHERE status = 'open'`,
    );

    await runner.query(`ALTER TABLE persons ADD COLUMN resettlement_refugee boolean NOT NULL DEFAULT false`);
    await runner.query(`
      CREATE TABLE resettlement_refugees (
        person_id             text PRIMARY KEY,
        household_id          text NOT NULL,
        household_size        integer NOT NULL,
        quota_year            integer NOT NULL,
        unaccompanied_minor   boolean NOT NULL,
        age_band              text NOT NULL,
        family_with_children  boolean NOT NULL,
        selected_on           date NOT NULL,
        entry_permit_date     date,
        needs                 text[],
        mapped_on             date,
        arrived_in            char(4) REFERENCES municipalities (municipality_number),
        arrived_on            date
      )`);
    await runner.query(`CREATE INDEX resettlement_refugees_by_quota ON resettlement_refugees (quota_year)`);

    // The need, request and decision rules judge one year at a time; the long-waits rules judge the country.
    await runner.query(`
      UPDATE escalations SET subject = 'waiting'
      WHERE subject = 'national' AND rule_name IN ('long-waits-rising', 'em-long-waits-rising')`);
    await runner.query(`
      UPDATE escalations e SET subject = 'national:' || (d.context->>'year')
      FROM decision_records d
      WHERE e.subject = 'national' AND d.decision_id = e.decision_id AND d.context ? 'year'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Subjects per year stay: folded back into one, two years' open escalations of a rule would collide.
    await runner.query(`UPDATE escalations SET subject = 'national' WHERE subject = 'waiting'`);
    await runner.query('DROP TABLE resettlement_refugees');
    await runner.query('ALTER TABLE persons DROP COLUMN resettlement_refugee');
    await runner.query('DROP INDEX placements_open_by_year');
    await runner.query('DROP INDEX placements_one_open_per_household');
    await runner.query(
      'ALTER TABLE placements DROP COLUMN closed_at, DROP COLUMN cancellation_reason, DROP COLUMN status, DROP COLUMN year',
    );
  }
}
