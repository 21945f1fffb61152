import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '#messaging';

export class InitialCareCentresSchema1764000000000 implements MigrationInterface {
  name = 'InitialCareCentresSchema1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createMessagingTables(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner);
  }
}
