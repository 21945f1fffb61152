import type { DataSource, EntityManager } from 'typeorm';

import type { BrokerRefusal } from './broker-refusal.js';
import type { OutboxRow } from './outbox-record.js';

/** An outbox row the broker refused for good, as an operator sees it (without its payload). */
export interface OutboxDeadLetter {
  position: string;
  eventId: string;
  eventType: string;
  topic: string;
  key: string;
  sizeBytes: number;
  reason: string;
  writtenAt: string;
  deadLetteredAt: string;
}

/** Moves a refused row out of the outbox, in the relay's transaction, with the broker's reason. */
export async function moveToDeadLetters(
  transaction: EntityManager,
  row: OutboxRow,
  refusal: BrokerRefusal,
  sizeBytes: number,
): Promise<void> {
  await transaction.query(
    `WITH refused AS (DELETE FROM outbox WHERE position = $1 RETURNING *)
     INSERT INTO outbox_dead_letters
       (position, event_id, event_type, topic, message_key, payload, size_bytes, reason, created_at)
     SELECT position, event_id, event_type, topic, message_key, payload, $2, $3, created_at FROM refused`,
    [row.position, sizeBytes, `${refusal.code}: ${refusal.message}`],
  );
}

/** The outbox's dead letters, newest first, for operators. */
export class OutboxDeadLetters {
  constructor(private readonly dataSource: DataSource) {}

  async list(limit = 100): Promise<{ total: number; deadLetters: OutboxDeadLetter[] }> {
    const [{ total }] = await this.dataSource.query<{ total: string }[]>(
      'SELECT count(*) AS total FROM outbox_dead_letters',
    );
    const rows = await this.dataSource.query<
      {
        position: string;
        event_id: string;
        event_type: string;
        topic: string;
        message_key: string;
        size_bytes: number;
        reason: string;
        created_at: Date;
        dead_lettered_at: Date;
      }[]
    >(
      `SELECT position, event_id, event_type, topic, message_key, size_bytes, reason, created_at, dead_lettered_at
       FROM outbox_dead_letters ORDER BY dead_lettered_at DESC, position DESC LIMIT $1`,
      [limit],
    );
    return {
      total: Number(total),
      deadLetters: rows.map((row) => ({
        position: row.position,
        eventId: row.event_id,
        eventType: row.event_type,
        topic: row.topic,
        key: row.message_key,
        sizeBytes: row.size_bytes,
        reason: row.reason,
        writtenAt: row.created_at.toISOString(),
        deadLetteredAt: row.dead_lettered_at.toISOString(),
      })),
    };
  }
}
