import type { EntityManager } from 'typeorm';

import type { CloudEvent } from '#contracts';

import { buildEvent } from '../event-factory.js';
import type { EventValidator } from '../event-validator.js';
import { EventTooLargeError } from './event-too-large.error.js';
import { markOutboxWritten } from './outbox-commit-signal.js';

/** The largest serialized event the outbox takes by default: under the broker's default message.max.bytes (1 MiB). */
export const DEFAULT_MAX_EVENT_BYTES = 1_000_000;

/**
 * Publishes an event by writing it to the outbox inside the caller's transaction. The relay sends it to
 * Kafka after commit; if the process dies in between, the row is still there and is sent on restart.
 */
export class Outbox {
  constructor(
    private readonly source: string,
    private readonly validator: EventValidator,
    /** Wakes the relay for a row written outside a transaction (inside one, the commit wakes it). */
    private readonly onWritten: () => void = () => undefined,
    private readonly maxEventBytes: number = DEFAULT_MAX_EVENT_BYTES,
  ) {}

  async publish<TData extends object>(
    transaction: EntityManager,
    type: string,
    data: TData,
  ): Promise<CloudEvent<TData>> {
    const definition = this.validator.definitionOf(type);
    if (!definition) throw new Error(`Cannot publish unknown event type "${type}"`);
    const event = buildEvent(this.source, definition, data);
    const outcome = this.validator.validate(event);
    if (!outcome.valid) throw new Error(`Refusing to publish an invalid event: ${outcome.reason}`);
    // Checked here, where the row is written: a row the broker would refuse must never reach the outbox.
    const payload = JSON.stringify(event);
    const bytes = Buffer.byteLength(payload);
    if (bytes > this.maxEventBytes) throw new EventTooLargeError(type, bytes, this.maxEventBytes);
    await transaction.query(
      `INSERT INTO outbox (event_id, event_type, topic, message_key, payload) VALUES ($1, $2, $3, $4, $5)`,
      [event.id, event.type, definition.topic, event.subject, payload],
    );
    if (!markOutboxWritten(transaction)) this.onWritten();
    return event;
  }
}
