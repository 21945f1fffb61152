import { CLOUD_EVENT_CONTENT_TYPE } from '#contracts';

/** An unsent row of the outbox, as the relay reads it. */
export interface OutboxRow {
  position: string;
  event_id: string;
  topic: string;
  message_key: string;
  event_type: string;
  payload: unknown;
}

export interface OutboxMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A row ready to send: its Kafka message and how many bytes it takes in a produce request. */
export interface OutboxRecord {
  row: OutboxRow;
  message: OutboxMessage;
  bytes: number;
}

/** What a record costs in a record batch beside its key, value and headers (lengths, offsets, attributes). */
const RECORD_OVERHEAD_BYTES = 64;

export function outboxRecord(row: OutboxRow): OutboxRecord {
  const message: OutboxMessage = {
    key: row.message_key,
    value: JSON.stringify(row.payload),
    headers: { 'content-type': CLOUD_EVENT_CONTENT_TYPE, 'ce-type': row.event_type },
  };
  return { row, message, bytes: messageBytes(message) };
}

export function messageBytes(message: OutboxMessage): number {
  let bytes = RECORD_OVERHEAD_BYTES + Buffer.byteLength(message.key) + Buffer.byteLength(message.value);
  for (const [name, value] of Object.entries(message.headers)) {
    bytes += Buffer.byteLength(name) + Buffer.byteLength(value);
  }
  return bytes;
}
