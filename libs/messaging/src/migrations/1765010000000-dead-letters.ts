import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dead letters of the service's own consumer group, recorded from the dead-letter topics so an operator can
 * list, inspect and replay them. The letters are as the dead-letter topics hold them: national identity numbers
 * already replaced by a marker.
 */
export class DeadLetters1765010000000 implements MigrationInterface {
  name = 'DeadLetters1765010000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE dead_letters (
        id                  bigserial PRIMARY KEY,
        dead_letter_topic   text NOT NULL,
        dead_letter_offset  bigint NOT NULL,
        original_topic      text NOT NULL,
        original_partition  integer,
        original_offset     text,
        event_id            text,
        event_type          text,
        event_source        text,
        message_key         text,
        payload             text,
        headers             jsonb NOT NULL,
        reason              text NOT NULL,
        attempts            integer,
        failed_at           timestamptz,
        recorded_at         timestamptz NOT NULL DEFAULT now(),
        replayed_at         timestamptz,
        replayed_by         text,
        replay_count        integer NOT NULL DEFAULT 0,
        UNIQUE (dead_letter_topic, dead_letter_offset)
      )`);
    await runner.query(`CREATE INDEX dead_letters_open ON dead_letters (id) WHERE replayed_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE dead_letters');
  }
}
