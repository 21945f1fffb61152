import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows the broker refused for good (too large, invalid), moved out of the outbox by the relay so the
 * rows behind them are sent. They wait here, with the broker's reason, for an operator (GET
 * /outbox/dead-letters); the payload is kept so a fixed event can be written to the outbox again.
 */
export class OutboxDeadLetters1764905000000 implements MigrationInterface {
  name = 'OutboxDeadLetters1764905000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox_dead_letters (
        position          bigint PRIMARY KEY,
        event_id          uuid NOT NULL UNIQUE,
        event_type        text NOT NULL,
        topic             text NOT NULL,
        message_key       text NOT NULL,
        payload           jsonb NOT NULL,
        size_bytes        integer NOT NULL,
        reason            text NOT NULL,
        created_at        timestamptz NOT NULL,
        dead_lettered_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE outbox_dead_letters');
  }
}
