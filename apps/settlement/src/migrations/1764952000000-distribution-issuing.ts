import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four eyes on distributions: who drafted a distribution (from the token), who issued it by name, and when it
 * replaces the year's issued requests, which distribution it replaces and why.
 */
export class DistributionIssuing1764952000000 implements MigrationInterface {
  name = 'DistributionIssuing1764952000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE distributions
        ADD COLUMN drafted_by text,
        ADD COLUMN drafted_by_name text,
        ADD COLUMN issued_by_name text,
        ADD COLUMN replaces uuid REFERENCES distributions (distribution_id),
        ADD COLUMN issue_reason text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE distributions
        DROP COLUMN issue_reason,
        DROP COLUMN replaces,
        DROP COLUMN issued_by_name,
        DROP COLUMN drafted_by_name,
        DROP COLUMN drafted_by`);
  }
}
