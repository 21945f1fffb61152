import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CentreLifecycleAndPermits1764400000000 implements MigrationInterface {
  name = 'CentreLifecycleAndPermits1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE centres ADD COLUMN status text NOT NULL DEFAULT 'operating'`);
    await runner.query(`ALTER TABLE centres ADD COLUMN status_changed_on date`);
    await runner.query(`ALTER TABLE centres ADD COLUMN notice_months integer`);
    await runner.query(`ALTER TABLE stays ADD COLUMN permit_date date`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE stays DROP COLUMN permit_date`);
    for (const column of ['notice_months', 'status_changed_on', 'status'])
      await runner.query(`ALTER TABLE centres DROP COLUMN ${column}`);
  }
}
