import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OccupancyDays1764600000000 implements MigrationInterface {
  name = 'OccupancyDays1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE occupancy_days (
        day        date PRIMARY KEY,
        residents  integer NOT NULL,
        capacity   integer NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE occupancy_days');
  }
}
