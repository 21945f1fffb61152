import { RejectedError } from '#domain';

/**
 * An event too large for the broker, refused where it would be written to the outbox. A domain refusal, so it
 * fails for good: a consumed event that led to it is dead-lettered with this reason, a request is answered 422.
 */
export class EventTooLargeError extends RejectedError {
  constructor(
    readonly eventType: string,
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(
      `The ${eventType} event would be ${bytes} bytes, more than the ${maxBytes} an event may have (OUTBOX_MAX_EVENT_BYTES)`,
    );
  }
}
