import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArrivalForecasts1764700000000 implements MigrationInterface {
  name = 'ArrivalForecasts1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE arrival_forecasts (
        period_start  date PRIMARY KEY,
        period_end    date NOT NULL,
        expected      integer NOT NULL,
        low           integer NOT NULL,
        high          integer NOT NULL,
        published_on  date NOT NULL
      )`);
    await runner.query(`CREATE INDEX stays_by_arrival ON stays (arrived_on)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX stays_by_arrival');
    await runner.query('DROP TABLE arrival_forecasts');
  }
}
