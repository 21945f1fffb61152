import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createRulePlatformTables, dropRulePlatformTables } from '#rules';

export class RulePlatform1764100000000 implements MigrationInterface {
  name = 'RulePlatform1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await createRulePlatformTables(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropRulePlatformTables(runner);
  }
}
