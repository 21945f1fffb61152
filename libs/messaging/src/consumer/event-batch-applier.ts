import type { Logger } from '@nestjs/common';
import type { MessageHandler } from '@nestjs/microservices';
import type { KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';

import type { CloudEvent } from '#contracts';
import { isDomainError } from '#domain';

import type { ConsumerObserver } from './consumer-observer.js';
import { classifyFailure } from './failure-classification.js';
import { KafkaEventContext } from './kafka-event-context.js';
import { recordProcessedEvents } from './processed-events.js';

/** Thrown instead of applying more events once the consumer stops: what is left goes to the partition's next owner. */
export class ConsumerStoppingError extends Error {
  constructor() {
    super('Consumer is stopping; the events will be redelivered');
    this.name = 'ConsumerStoppingError';
  }
}

/** A validated event with the message it came in. */
export interface ConsumedEvent {
  event: CloudEvent;
  message: KafkaMessage;
}

/**
 * The handler an event type goes to: a batch handler takes a run of events (consecutive events with the same
 * `batch` name go to it together), the other one event at a time.
 */
export interface EventHandlerRoute {
  handler: MessageHandler;
  /** The batch handler's name; none for a handler of single events. */
  batch?: string;
}

/** Where the events come from: the logical topic and the partition, which keeps their order. */
export interface PartitionOfEvents {
  topic: string;
  physicalTopic: string;
  partition: number;
  heartbeat: () => Promise<void>;
}

export interface EventBatchApplierOptions {
  dataSource: DataSource;
  groupId: string;
  logger: Logger;
  maxUnexpectedAttempts: number;
  routeOf(type: string): EventHandlerRoute | undefined;
  /** Runs a handler to its end (Nest handlers may answer an observable). */
  invoke(handler: MessageHandler, payload: unknown, context: KafkaEventContext): Promise<void>;
  deadLetter(from: PartitionOfEvents, message: KafkaMessage, reason: string, attempts: number): Promise<void>;
  /** Waits before the next try, heartbeating; returns at once while stopping. */
  backoff(attempt: number, heartbeat: () => Promise<void>): Promise<void>;
  isStopping(): boolean;
  /** Told about every event handled, retried or dead-lettered (metrics). */
  observer?: ConsumerObserver;
  /**
   * Keeps an event that awaits another one (NotYetProcessableError) for a later try instead of retrying it here;
   * without it, such an event is retried and dead-lettered like an unexpected failure.
   */
  parkNotYetProcessable?(from: PartitionOfEvents, consumed: ConsumedEvent, reason: string): Promise<void>;
}

/**
 * Applies the events of one partition, in order, in as few transactions as possible: the whole list in one
 * transaction with all their ids recorded in it. A list that fails for a reason that lasts (not a database or
 * broker away, which is retried as it is) is split in two and each half applied on its own, until the failing
 * event is alone; that one is retried a few times (unexpected error) or dead-lettered at once (refused by the
 * domain), and its neighbours are applied without it.
 */
export class EventBatchApplier {
  constructor(private readonly options: EventBatchApplierOptions) {}

  /** Resolves once every event is applied or dead-lettered. */
  async apply(from: PartitionOfEvents, events: ConsumedEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (let transientAttempt = 1; ; transientAttempt += 1) {
      this.throwIfStopping();
      const error = await this.tryOnce(from, events);
      if (error === undefined) return;
      const kind = classifyFailure(error);
      if (kind === 'transient') {
        for (const { event } of events) this.options.observer?.retried(from.topic, event.type, kind);
        this.options.logger.warn(
          `${this.describe(from, events)}: transient failure on attempt ${transientAttempt}, retrying: ${(error as Error).message}`,
        );
        await this.options.backoff(transientAttempt, from.heartbeat);
        continue;
      }
      if (events.length === 1) return this.applyAlone(from, events[0], error, kind);
      const middle = Math.ceil(events.length / 2);
      this.options.logger.debug?.(
        `${this.describe(from, events)} failed (${(error as Error).message}); applying its halves apart`,
      );
      await this.apply(from, events.slice(0, middle));
      await this.apply(from, events.slice(middle));
      return;
    }
  }

  /** One event that failed alone: retried like the consumer always did, then dead-lettered with the reason. */
  private async applyAlone(
    from: PartitionOfEvents,
    consumed: ConsumedEvent,
    firstError: unknown,
    firstKind: 'permanent' | 'unexpected',
  ): Promise<void> {
    let error = firstError;
    let kind: ReturnType<typeof classifyFailure> = firstKind;
    for (let attempt = 1; ; attempt += 1) {
      if (isNotYetProcessable(error) && this.options.parkNotYetProcessable) {
        await this.options.parkNotYetProcessable(from, consumed, (error as Error).message);
        return;
      }
      if (kind === 'permanent' || (kind === 'unexpected' && attempt >= this.options.maxUnexpectedAttempts)) {
        const reason =
          kind === 'permanent'
            ? `rejected: ${(error as Error).message}`
            : `handler failed ${attempt} times: ${(error as Error).message}`;
        await this.options.deadLetter(from, consumed.message, reason, attempt);
        const cause = kind === 'permanent' ? 'rejected' : 'failed';
        this.options.observer?.deadLettered(from.topic, consumed.event.type, cause);
        return;
      }
      this.options.logger.warn(
        `${this.describe(from, [consumed])}: ${kind} failure on attempt ${attempt}, retrying: ${(error as Error).message}`,
      );
      this.options.observer?.retried(from.topic, consumed.event.type, kind);
      await this.options.backoff(attempt, from.heartbeat);
      this.throwIfStopping();
      const next = await this.tryOnce(from, [consumed]);
      if (next === undefined) return;
      error = next;
      kind = classifyFailure(next);
    }
  }

  /** Applies the events in one transaction; answers the error when it rolled back (nothing is retried). */
  applyOnce(from: PartitionOfEvents, events: ConsumedEvent[]): Promise<unknown> {
    return this.tryOnce(from, events);
  }

  /** Applies the events in one transaction; answers the error when it rolled back. */
  private async tryOnce(from: PartitionOfEvents, events: ConsumedEvent[]): Promise<unknown> {
    try {
      const fresh = await this.options.dataSource.transaction(async (transaction) => {
        const recorded = await recordProcessedEvents(
          transaction,
          this.options.groupId,
          events.map((consumed) => consumed.event),
        );
        if (recorded.length === 0) return recorded;
        const offsetOf = new Map(events.map((consumed) => [consumed.event, consumed.message.offset]));
        await this.dispatch(transaction, from, recorded, offsetOf);
        return recorded;
      });
      this.observeHandled(from, events, fresh);
      await from.heartbeat().catch(() => undefined);
      return undefined;
    } catch (error) {
      return error ?? new Error('the handler failed without an error');
    }
  }

  /** Hands each run of events with the same batch handler to it at once, and every other event to its handler. */
  private async dispatch(
    transaction: EntityManager,
    from: PartitionOfEvents,
    events: CloudEvent[],
    offsetOf: Map<CloudEvent, string>,
  ): Promise<void> {
    for (let start = 0; start < events.length;) {
      const route = this.options.routeOf(events[start].type)!;
      let end = start + 1;
      if (route.batch) {
        while (end < events.length && this.options.routeOf(events[end].type)?.batch === route.batch) end += 1;
      }
      const context = new KafkaEventContext([
        transaction,
        from.topic,
        from.partition,
        offsetOf.get(events[end - 1])!,
      ]);
      const payload = route.batch ? events.slice(start, end) : events[start];
      await this.options.invoke(route.handler, payload, context);
      start = end;
    }
  }

  private observeHandled(from: PartitionOfEvents, events: ConsumedEvent[], fresh: CloudEvent[]): void {
    const observer = this.options.observer;
    if (!observer) return;
    const handled = new Set(fresh);
    for (const { event } of events) {
      observer.handled(from.topic, event.type, handled.has(event) ? 'handled' : 'duplicate');
    }
  }

  private throwIfStopping(): void {
    if (this.options.isStopping()) throw new ConsumerStoppingError();
  }

  private describe(from: PartitionOfEvents, events: ConsumedEvent[]): string {
    const first = events[0];
    if (events.length === 1) {
      return `${first.event.type} ${first.event.id} at ${from.physicalTopic}[${from.partition}]@${first.message.offset}`;
    }
    const last = events[events.length - 1];
    return `${events.length} events at ${from.physicalTopic}[${from.partition}]@${first.message.offset}–${last.message.offset}`;
  }
}

/** An event that refers to something not delivered yet (another partition is behind). */
export function isNotYetProcessable(error: unknown): boolean {
  return isDomainError(error) && error.kind === 'not-yet-processable';
}
