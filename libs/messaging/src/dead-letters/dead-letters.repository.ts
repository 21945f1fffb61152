import type { DataSource } from 'typeorm';

/** A dead letter as recorded: where it failed, why, and whether it was replayed. */
export interface DeadLetterSummary {
  id: string;
  originalTopic: string;
  eventId: string | null;
  eventType: string | null;
  eventSource: string | null;
  reason: string;
  attempts: number | null;
  failedAt: string | null;
  replayedAt: string | null;
  replayCount: number;
}

/** A dead letter with what is needed to inspect and replay it. */
export interface DeadLetterRecord extends DeadLetterSummary {
  originalPartition: number | null;
  originalOffset: string | null;
  messageKey: string | null;
  /** The message value as the dead-letter topic holds it (national identity numbers replaced by a marker). */
  payload: string | null;
  headers: Record<string, string>;
  replayedBy: string | null;
}

export interface NewDeadLetter {
  deadLetterTopic: string;
  deadLetterOffset: string;
  originalTopic: string;
  originalPartition: number | null;
  originalOffset: string | null;
  eventId: string | null;
  eventType: string | null;
  eventSource: string | null;
  messageKey: string | null;
  payload: string | null;
  headers: Record<string, string>;
  reason: string;
  attempts: number | null;
  failedAt: string | null;
}

interface Row {
  id: string;
  original_topic: string;
  original_partition: number | null;
  original_offset: string | null;
  event_id: string | null;
  event_type: string | null;
  event_source: string | null;
  message_key: string | null;
  payload: string | null;
  headers: Record<string, string>;
  reason: string;
  attempts: number | null;
  failed_at: Date | null;
  replayed_at: Date | null;
  replayed_by: string | null;
  replay_count: number;
}

/** The `dead_letters` table of the service's schema. */
export class DeadLettersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a letter once: the same dead-letter offset read again changes nothing. */
  async record(letter: NewDeadLetter): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO dead_letters (dead_letter_topic, dead_letter_offset, original_topic, original_partition,
         original_offset, event_id, event_type, event_source, message_key, payload, headers, reason, attempts,
         failed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (dead_letter_topic, dead_letter_offset) DO NOTHING`,
      [
        letter.deadLetterTopic,
        letter.deadLetterOffset,
        letter.originalTopic,
        letter.originalPartition,
        letter.originalOffset,
        letter.eventId,
        letter.eventType,
        letter.eventSource,
        letter.messageKey,
        letter.payload,
        JSON.stringify(letter.headers),
        letter.reason,
        letter.attempts,
        letter.failedAt,
      ],
    );
  }

  /** Newest first; `open` ones have not been replayed. */
  async list(status: 'open' | 'replayed' | 'all', limit: number): Promise<DeadLetterSummary[]> {
    const where =
      status === 'open'
        ? 'WHERE replayed_at IS NULL'
        : status === 'replayed'
          ? 'WHERE replayed_at IS NOT NULL'
          : '';
    const rows = await this.dataSource.query<Row[]>(
      `SELECT * FROM dead_letters ${where} ORDER BY id DESC LIMIT $1`,
      [limit],
    );
    return rows.map(summaryOf);
  }

  async find(id: string): Promise<DeadLetterRecord | undefined> {
    const rows = await this.dataSource.query<Row[]>('SELECT * FROM dead_letters WHERE id = $1', [id]);
    return rows[0] ? recordOf(rows[0]) : undefined;
  }

  async markReplayed(id: string, replayedBy: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE dead_letters SET replayed_at = now(), replayed_by = $2, replay_count = replay_count + 1 WHERE id = $1`,
      [id, replayedBy],
    );
  }
}

function summaryOf(row: Row): DeadLetterSummary {
  return {
    id: String(row.id),
    originalTopic: row.original_topic,
    eventId: row.event_id,
    eventType: row.event_type,
    eventSource: row.event_source,
    reason: row.reason,
    attempts: row.attempts,
    failedAt: row.failed_at?.toISOString() ?? null,
    replayedAt: row.replayed_at?.toISOString() ?? null,
    replayCount: row.replay_count,
  };
}

function recordOf(row: Row): DeadLetterRecord {
  return {
    ...summaryOf(row),
    originalPartition: row.original_partition,
    originalOffset: row.original_offset,
    messageKey: row.message_key,
    payload: row.payload,
    headers: row.headers,
    replayedBy: row.replayed_by,
  };
}
