import type { QueryRunner } from 'typeorm';

/**
 * The outbox and the processed-event log, created in the service's own schema by its first migration.
 * Both are written in the same transaction as the state change they belong to.
 */
export async function createMessagingTables(runner: QueryRunner): Promise<void> {
  await runner.query(`
    CREATE TABLE outbox (
      position      bigserial PRIMARY KEY,
      event_id      uuid NOT NULL UNIQUE,
      event_type    text NOT NULL,
      topic         text NOT NULL,
      message_key   text NOT NULL,
      payload       jsonb NOT NULL,
      created_at    timestamptz NOT NULL DEFAULT now(),
      published_at  timestamptz
    )`);
  await runner.query(`CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL`);
  await runner.query(`
    CREATE TABLE processed_events (
      consumer_group  text NOT NULL,
      event_source    text NOT NULL,
      event_id        text NOT NULL,
      event_type      text NOT NULL,
      processed_at    timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer_group, event_source, event_id)
    )`);
}

export async function dropMessagingTables(runner: QueryRunner): Promise<void> {
  await runner.query('DROP TABLE processed_events');
  await runner.query('DROP TABLE outbox');
}
