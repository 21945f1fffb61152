import type { KafkaMessage } from 'kafkajs';
import type { DataSource } from 'typeorm';

import type { CloudEvent } from '#contracts';

/** Why an event is parked: its type comes from a newer release, or it awaits an event on another partition. */
export type ParkedKind = 'newer-version' | 'not-yet-processable';

/** An event kept in `parked_events` with where it came from. */
export interface ParkedEvent {
  kind: ParkedKind;
  parkedAt: Date;
  eventSource: string;
  eventId: string;
  eventType: string;
  topic: string;
  partition: number;
  message: KafkaMessage;
}

interface ParkedRow {
  kind: ParkedKind;
  parked_at: Date;
  event_source: string;
  event_id: string;
  event_type: string;
  topic: string;
  partition: number;
  message_offset: string;
  message_key: string | null;
  value: string;
}

/** The `parked_events` table of a consumer group: events kept for a later release instead of dead-lettered. */
export class ParkedEvents {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groupId: string,
  ) {}

  /** Keeps the event (once: parking it again changes nothing). */
  async park(
    kind: ParkedKind,
    event: CloudEvent,
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: string,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO parked_events (consumer_group, event_source, event_id, event_type, topic, partition,
                                  message_offset, message_key, value, reason, kind)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (consumer_group, event_source, event_id) DO NOTHING`,
      [
        this.groupId,
        event.source,
        event.id,
        event.type,
        topic,
        partition,
        message.offset,
        message.key?.toString('utf8') ?? null,
        message.value!.toString('utf8'),
        reason,
        kind,
      ],
    );
  }

  /** Parked events of these types, in the order they were parked. */
  async ofTypes(types: string[]): Promise<ParkedEvent[]> {
    return this.select('event_type = ANY($2)', [types]);
  }

  /** The oldest events that await another one, at most `limit`. */
  async notYetProcessable(limit: number): Promise<ParkedEvent[]> {
    return this.select(`kind = 'not-yet-processable' LIMIT $2`, [limit]);
  }

  private async select(condition: string, parameters: unknown[]): Promise<ParkedEvent[]> {
    const [where, limit] = condition.split(' LIMIT ');
    const rows = await this.dataSource.query<ParkedRow[]>(
      `SELECT kind, parked_at, event_source, event_id, event_type, topic, partition, message_offset, message_key, value
       FROM parked_events WHERE consumer_group = $1 AND ${where}
       ORDER BY parked_at, topic, partition, message_offset::bigint${limit ? ` LIMIT ${limit}` : ''}`,
      [this.groupId, ...parameters],
    );
    return rows.map((row) => ({
      kind: row.kind,
      parkedAt: row.parked_at,
      eventSource: row.event_source,
      eventId: row.event_id,
      eventType: row.event_type,
      topic: row.topic,
      partition: row.partition,
      message: {
        offset: row.message_offset,
        key: row.message_key === null ? null : Buffer.from(row.message_key, 'utf8'),
        value: Buffer.from(row.value, 'utf8'),
        headers: {},
        timestamp: String(Date.now()),
        attributes: 0,
      },
    }));
  }

  /** Every event type parked for this group. */
  async types(): Promise<string[]> {
    const rows = await this.dataSource.query<{ event_type: string }[]>(
      `SELECT DISTINCT event_type FROM parked_events WHERE consumer_group = $1 AND kind = 'newer-version'`,
      [this.groupId],
    );
    return rows.map((row) => row.event_type);
  }

  async remove(parked: ParkedEvent): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM parked_events WHERE consumer_group = $1 AND event_source = $2 AND event_id = $3',
      [this.groupId, parked.eventSource, parked.eventId],
    );
  }
}
