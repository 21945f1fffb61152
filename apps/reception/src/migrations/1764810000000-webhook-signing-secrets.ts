import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each webhook's signing secret, sealed; webhooks set before have none and must be set again. */
export class WebhookSigningSecrets1764810000000 implements MigrationInterface {
  name = 'WebhookSigningSecrets1764810000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE host_municipality_webhooks ADD COLUMN signing_secret text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE host_municipality_webhooks DROP COLUMN signing_secret`);
  }
}
