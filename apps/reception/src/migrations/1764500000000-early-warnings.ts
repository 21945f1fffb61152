import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EarlyWarnings1764500000000 implements MigrationInterface {
  name = 'EarlyWarnings1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE host_municipality_webhooks (
        municipality_number  char(4) PRIMARY KEY,
        url                  text NOT NULL,
        updated_by           text NOT NULL,
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE early_warnings (
        warning_id           uuid PRIMARY KEY,
        municipality_number  char(4) NOT NULL,
        payload              jsonb NOT NULL,
        status               text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts             integer NOT NULL DEFAULT 0,
        last_error           text,
        issued_at            timestamptz NOT NULL,
        delivered_at         timestamptz
      )`);
    await runner.query(
      `CREATE INDEX early_warnings_pending ON early_warnings (issued_at) WHERE status = 'pending'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE early_warnings');
    await runner.query('DROP TABLE host_municipality_webhooks');
  }
}
