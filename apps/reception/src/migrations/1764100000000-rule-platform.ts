import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createRulePlatformTables, dropRulePlatformTables } from '#rules';

export class RulePlatform1764100000000 implements MigrationInterface {
  name = 'RulePlatform1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await createRulePlatformTables(runner);
    await runner.query(`ALTER TABLE escalations ADD COLUMN decision_id uuid`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE escalations DROP COLUMN decision_id`);
    await dropRulePlatformTables(runner);
  }
}
