import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '#messaging';

export class InitialSettlementSchema1764000000000 implements MigrationInterface {
  name = 'InitialSettlementSchema1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createMessagingTables(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner);
  }
}
