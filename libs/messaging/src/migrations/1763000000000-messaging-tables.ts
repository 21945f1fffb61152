import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and the processed-event log, in the service's own schema; both are written in the same transaction
 * as the state change they belong to. IF NOT EXISTS because on databases migrated before the libraries had
 * migrations of their own, the service's first migration created these same tables.
 */
export class MessagingTables1763000000000 implements MigrationInterface {
  name = 'MessagingTables1763000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS outbox (
        position      bigserial PRIMARY KEY,
        event_id      uuid NOT NULL UNIQUE,
        event_type    text NOT NULL,
        topic         text NOT NULL,
        message_key   text NOT NULL,
        payload       jsonb NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        published_at  timestamptz
      )`);
    await runner.query(
      `CREATE INDEX IF NOT EXISTS outbox_unpublished ON outbox (position) WHERE published_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE IF NOT EXISTS processed_events (
        consumer_group  text NOT NULL,
        event_source    text NOT NULL,
        event_id        text NOT NULL,
        event_type      text NOT NULL,
        processed_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_source, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE processed_events');
    await runner.query('DROP TABLE outbox');
  }
}
