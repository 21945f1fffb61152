import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events a consumer keeps for later instead of dead-lettering them. `newer-version`: a newer version of one of
 * its own event types, which an instance of the next release will know (a rolling deploy loses nothing), applied
 * by the first instance that starts knowing the type. `not-yet-processable`: an event that awaits another one
 * travelling on another partition (an arrival before the departure from the other centre), tried again after
 * every batch applied, and dead-lettered only when it still fails after a bounded time.
 */
export class ParkedEvents1765030000000 implements MigrationInterface {
  name = 'ParkedEvents1765030000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE parked_events (
        consumer_group  text NOT NULL,
        event_source    text NOT NULL,
        event_id        text NOT NULL,
        event_type      text NOT NULL,
        topic           text NOT NULL,
        partition       integer NOT NULL,
        message_offset  text NOT NULL,
        message_key     text,
        value           text NOT NULL,
        kind            text NOT NULL,
        reason          text NOT NULL,
        parked_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_source, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE parked_events');
  }
}
