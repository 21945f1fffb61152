import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residents and places per subject (the country, each county, each centre), kept up to date by every change
 * instead of counting the open stays each time; filled from the centres and stays already recorded. The statement
 * is written out here rather than imported, so that this migration stays as it is when the code moves on.
 */
export class OccupancyCounters1764900000000 implements MigrationInterface {
  name = 'OccupancyCounters1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE occupancy_counters (
        subject    text PRIMARY KEY,
        residents  integer NOT NULL,
        capacity   integer NOT NULL
      )`);
    await runner.query(`
      WITH figures AS (
        SELECT c.centre_id, left(c.host_municipality_number, 2) AS county,
               CASE WHEN c.status IN ('operating', 'scaling-down', 'closing')
                 THEN c.fixed_places + c.flexible_places ELSE 0 END AS capacity,
               coalesce(open_stays.residents, 0) AS residents
          FROM centres c
          LEFT JOIN (SELECT centre_id, count(*) AS residents FROM stays WHERE departed_on IS NULL
                     GROUP BY centre_id) AS open_stays USING (centre_id))
      INSERT INTO occupancy_counters (subject, residents, capacity)
      SELECT 'centre:' || centre_id, residents, capacity FROM figures
      UNION ALL SELECT 'county:' || county, sum(residents), sum(capacity) FROM figures GROUP BY county
      UNION ALL SELECT 'national', coalesce(sum(residents), 0), coalesce(sum(capacity), 0) FROM figures`);
    // Residents waiting with a permit are counted after every batch: read them from an index, not the table.
    await runner.query(
      `CREATE INDEX stays_open_with_permit ON stays (permit_date) WHERE departed_on IS NULL AND permit_date IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX stays_open_with_permit');
    await runner.query('DROP TABLE occupancy_counters');
  }
}
