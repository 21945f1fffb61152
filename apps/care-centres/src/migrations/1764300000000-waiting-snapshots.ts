import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WaitingSnapshots1764300000000 implements MigrationInterface {
  name = 'WaitingSnapshots1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE waiting_snapshots (
        week_start     date PRIMARY KEY,
        beyond_target  integer NOT NULL,
        taken_at       timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE waiting_snapshots');
  }
}
