import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import type { Consumer, EachBatchPayload, KafkaMessage, Producer } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import type { DataSource } from 'typeorm';

import type { CloudEvent } from '#contracts';

import type { EventValidator } from '../event-validator.js';
import { createKafka } from '../kafka/create-kafka.js';
import { type KafkaSettings, logicalTopic, physicalTopic } from '../kafka/kafka-settings.js';
import { Wakeable } from '../wakeable.js';
import type { ConsumerObserver } from './consumer-observer.js';
import { sendToDeadLetterTopic } from './dead-letters.js';
import {
  type ConsumedEvent,
  EventBatchApplier,
  type EventHandlerRoute,
  isNotYetProcessable,
  type PartitionOfEvents,
} from './event-batch-applier.js';
import { classifyFailure } from './failure-classification.js';
import { batchPatternOf, EVENT_BATCH_EXTRA } from './handles-event-batch.decorator.js';
import { type ParkedEvent, ParkedEvents, type ParkedKind } from './parked-events.js';
import { redactBytes, redactText } from './personal-data-redaction.js';

export interface KafkaEventServerOptions {
  kafka: KafkaSettings;
  groupId: string;
  /** How long the broker waits for a silent member before giving its partitions to others (default 10 s). */
  sessionTimeoutMs?: number;
  /** Logical topic names (without prefix). */
  topics: string[];
  dataSource: DataSource;
  validator: EventValidator;
  /** Connected producer used for dead letters. */
  producer: Producer;
  /** Attempts for an unexpected handler error before the event is dead-lettered. */
  maxUnexpectedAttempts?: number;
  /** Most events of one partition applied in one transaction (default 500). */
  batchMaxEvents?: number;
  /** Longest a fetch waits for events before the broker answers (default 250 ms). */
  batchMaxWaitMs?: number;
  /** How many of its partitions this instance applies at the same time, each in order (default 3). */
  partitionsConsumedConcurrently?: number;
  /** Key of the hash that follows a national identity number redacted from a dead letter. */
  deadLetterHashKey?: string;
  /** Told about every event handled, retried or dead-lettered (metrics). */
  observer?: ConsumerObserver;
  /**
   * The service's own event-type namespace (`no.reception.`): an unknown type in it that is a newer version of
   * a known one is parked for the release that knows it, not dead-lettered. None: nothing is parked.
   */
  ownNamespace?: string;
}

const MAX_BACKOFF_MS = 30000;
const HEARTBEAT_EVERY_MS = 2500;
const DEFAULT_SESSION_TIMEOUT_MS = 10000;
const DEFAULT_PARTITIONS_CONSUMED_CONCURRENTLY = 3;
/** How long an event may await another one before it is dead-lettered after all. */
const NOT_YET_PROCESSABLE_MAX_WAIT_MS = 60 * 60 * 1000;
/** Most parked events tried again after one batch. */
const NOT_YET_PROCESSABLE_RETRIES_PER_BATCH = 100;

/** Heartbeats every third of the session timeout, at most every 3 s, so one lost heartbeat does not end it. */
export function heartbeatIntervalFor(sessionTimeoutMs: number): number {
  return Math.min(3000, Math.floor(sessionTimeoutMs / 3));
}

/**
 * NestJS transport for the services' Kafka topics. Consumes a partition's messages in batches: parses and
 * validates each CloudEvent (invalid → dead-letter topic, move on), then applies up to `batchMaxEvents` of them
 * in one database transaction that records their ids (a redelivered event changes nothing), handing runs of
 * events to @HandlesEventBatch handlers and single events to @HandlesEvent handlers. Transient failures are
 * retried with backoff for as long as they last; a batch that fails otherwise is split until the failing event
 * is alone, which is retried a few times and then dead-lettered. Several partitions are consumed at the same
 * time, each in order. close() (reached on SIGTERM through Nest's shutdown hooks) lets the batches in flight
 * finish their transaction, stops them before the next one, and leaves the group, so the partitions move to the
 * other instances at once instead of after the session timeout.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private readonly log = new Logger(KafkaEventServer.name);
  private readonly backoffTimer = new Wakeable();
  private readonly applier: EventBatchApplier;
  private readonly parked: ParkedEvents;
  private readonly routes = new Map<string, EventHandlerRoute | undefined>();
  private consumer?: Consumer;
  private stopping = false;
  private closed?: Promise<void>;
  private retryingParked = false;
  private resolveJoined!: () => void;
  /** Resolves once the consumer has joined its group and been given partitions. */
  readonly joined = new Promise<void>((resolve) => (this.resolveJoined = resolve));

  constructor(private readonly options: KafkaEventServerOptions) {
    super();
    this.parked = new ParkedEvents(options.dataSource, options.groupId);
    this.applier = new EventBatchApplier({
      dataSource: options.dataSource,
      groupId: options.groupId,
      logger: this.log,
      maxUnexpectedAttempts: options.maxUnexpectedAttempts ?? 5,
      routeOf: (type) => this.routeOf(type),
      invoke: (handler, payload, context) => this.invoke(handler, payload, context),
      deadLetter: (from, message, reason, attempts) => this.deadLetter(from, message, reason, attempts),
      backoff: (attempt, heartbeat) => this.backoff(attempt, heartbeat),
      isStopping: () => this.stopping,
      observer: options.observer,
      parkNotYetProcessable: (from, consumed, reason) =>
        this.park('not-yet-processable', from, consumed.event, consumed.message, reason),
    });
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Ends the batches in flight and leaves the group (kafkajs sends LeaveGroup on disconnect); once only. */
  close(): Promise<void> {
    this.closed ??= this.leave();
    return this.closed;
  }

  private async leave(): Promise<void> {
    this.stopping = true;
    this.backoffTimer.wake();
    if (!this.consumer) return;
    const started = Date.now();
    await this.consumer.disconnect();
    this.log.log(`Left group ${this.options.groupId} after ${Date.now() - started} ms`);
  }

  on(): never {
    throw new Error('KafkaEventServer does not emit transport events');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async start(): Promise<void> {
    const { kafka, topics, groupId } = this.options;
    if (topics.length === 0) {
      this.resolveJoined();
      return;
    }
    await this.applyParkedEvents();
    const sessionTimeout = this.options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS;
    this.consumer = createKafka(kafka).consumer({
      groupId,
      sessionTimeout,
      heartbeatInterval: heartbeatIntervalFor(sessionTimeout),
      maxWaitTimeInMs: this.options.batchMaxWaitMs ?? 250,
      // A fetch holds a few batches, not tens of thousands of events decoded at once (the default is 10 MB),
      // which keeps an instance's memory flat during a replay.
      maxBytesPerPartition: 512 * 1024,
      maxBytes: 3 * 1024 * 1024,
      allowAutoTopicCreation: false,
    });
    this.options.observer?.created(this.consumer);
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => this.resolveJoined());
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: topics.map((topic) => physicalTopic(kafka, topic)),
      fromBeginning: true,
    });
    await this.consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently:
        this.options.partitionsConsumedConcurrently ?? DEFAULT_PARTITIONS_CONSUMED_CONCURRENTLY,
      eachBatch: (payload) => this.consumeBatchUntilStopped(payload),
    });
    this.log.log(`Consuming ${topics.join(', ')} as group ${groupId}`);
  }

  /** A batch cut short by close() ends quietly: its unapplied events stay uncommitted for the next owner. */
  private async consumeBatchUntilStopped(payload: EachBatchPayload): Promise<void> {
    try {
      await this.consumeBatch(payload);
    } catch (error) {
      if (!this.stopping) throw error;
      this.log.log(
        `Stopped in ${payload.batch.topic}[${payload.batch.partition}]; the rest goes to its next owner`,
      );
    }
  }

  private async consumeBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const from: PartitionOfEvents = {
      topic: logicalTopic(this.options.kafka, batch.topic),
      physicalTopic: batch.topic,
      partition: batch.partition,
      heartbeat: () => payload.heartbeat(),
    };
    const maxEvents = this.options.batchMaxEvents ?? 500;
    for (let start = 0; start < batch.messages.length; start += maxEvents) {
      if (!payload.isRunning() || payload.isStale() || this.stopping) return;
      const messages = batch.messages.slice(start, start + maxEvents);
      const events: ConsumedEvent[] = [];
      for (const message of messages) {
        const outcome = this.options.validator.parseOnTopic(message.value, from.topic);
        if (!outcome.valid && outcome.unknownType && this.isForALaterRelease(outcome.unknownType.type)) {
          // Parked events are kept unvalidated in our own tables: one that looks like it carries a national
          // identity number is not kept, but dead-lettered, where the number is replaced by a marker.
          if (redactBytes(message.value).count > 0) {
            await this.deadLetter(
              from,
              message,
              `${outcome.reason}: not parked, it holds an 11-digit number`,
              1,
            );
            this.options.observer?.deadLettered(from.topic, outcome.unknownType.type, 'invalid');
          } else await this.park('newer-version', from, outcome.unknownType, message, outcome.reason);
        } else if (!outcome.valid) {
          await this.deadLetter(from, message, outcome.reason, 1);
          this.options.observer?.deadLettered(from.topic, undefined, 'invalid');
        }
        // Another service's event on a shared topic is not ours to handle.
        else if (this.routeOf(outcome.event.type)) events.push({ event: outcome.event, message });
      }
      await this.applier.apply(from, events);
      if (events.length > 0) await this.retryNotYetProcessable();
      payload.resolveOffset(messages[messages.length - 1].offset);
      await payload.commitOffsetsIfNecessary();
    }
  }

  /** A newer version of one of the service's own event types: the next release will know it. */
  private isForALaterRelease(type: string): boolean {
    const namespace = this.options.ownNamespace;
    return namespace !== undefined && this.options.validator.isNewerVersionOfKnownType(type, namespace);
  }

  private async park(
    kind: ParkedKind,
    from: PartitionOfEvents,
    event: CloudEvent,
    message: KafkaMessage,
    reason: string,
  ): Promise<void> {
    this.log.warn(
      `Parking ${event.type} ${event.id} at ${from.physicalTopic}[${from.partition}]@${message.offset} (${kind}): ${redactText(reason, this.options.deadLetterHashKey).value}`,
    );
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.parked.park(kind, event, from.topic, from.partition, message, reason);
        return;
      } catch (error) {
        if (this.stopping) throw error;
        this.log.warn(`Could not park yet (attempt ${attempt}): ${(error as Error).message}`);
        await this.backoff(attempt, from.heartbeat);
      }
    }
  }

  /**
   * Applies the parked events whose type this release knows, through the same validation and idempotency as
   * consumed ones (one applied by another instance meanwhile changes nothing), and removes them.
   */
  private async applyParkedEvents(): Promise<void> {
    try {
      const known = (await this.parked.types()).filter((type) => this.options.validator.definitionOf(type));
      if (known.length === 0) return;
      const parked = await this.parked.ofTypes(known);
      for (const event of parked) await this.applyParked(event);
      this.log.log(`Applied ${parked.length} parked events of types now known: ${known.join(', ')}`);
    } catch (error) {
      // They stay parked for the next start; consuming must not wait for them.
      this.log.error(`Could not apply parked events: ${(error as Error).message}`);
    }
  }

  private async applyParked(parked: ParkedEvent): Promise<void> {
    const from = this.partitionOf(parked);
    const outcome = this.options.validator.parseOnTopic(parked.message.value, parked.topic);
    if (!outcome.valid) {
      await this.deadLetter(from, parked.message, outcome.reason, 1);
      this.options.observer?.deadLettered(from.topic, parked.eventType, 'invalid');
    } else if (this.routeOf(outcome.event.type)) {
      await this.applier.apply(from, [{ event: outcome.event, message: parked.message }]);
    }
    await this.parked.remove(parked);
  }

  /**
   * Tries the events that await another one again, after a batch that may have brought it (one pass at a time
   * per instance): applied ones are removed; one that still fails after NOT_YET_PROCESSABLE_MAX_WAIT_MS, or fails
   * for another reason that lasts, is dead-lettered; the rest wait for the next batch.
   */
  private async retryNotYetProcessable(): Promise<void> {
    if (this.retryingParked) return;
    this.retryingParked = true;
    try {
      for (const parked of await this.parked.notYetProcessable(NOT_YET_PROCESSABLE_RETRIES_PER_BATCH)) {
        if (this.stopping) return;
        await this.retryParked(parked);
      }
    } catch (error) {
      if (classifyFailure(error) !== 'transient') throw error;
    } finally {
      this.retryingParked = false;
    }
  }

  private async retryParked(parked: ParkedEvent): Promise<void> {
    const from = this.partitionOf(parked);
    const outcome = this.options.validator.parseOnTopic(parked.message.value, parked.topic);
    if (!outcome.valid) {
      await this.deadLetter(from, parked.message, outcome.reason, 1);
      await this.parked.remove(parked);
      return;
    }
    const error = await this.applier.applyOnce(from, [{ event: outcome.event, message: parked.message }]);
    if (error === undefined) {
      await this.parked.remove(parked);
      return;
    }
    const kind = classifyFailure(error);
    if (kind === 'transient') return;
    const waitedMs = Date.now() - parked.parkedAt.getTime();
    if (isNotYetProcessable(error) && waitedMs < NOT_YET_PROCESSABLE_MAX_WAIT_MS) return;
    const reason = isNotYetProcessable(error)
      ? `not processable after waiting ${Math.round(waitedMs / 1000)} s: ${(error as Error).message}`
      : `rejected: ${(error as Error).message}`;
    await this.deadLetter(from, parked.message, reason, 1);
    this.options.observer?.deadLettered(
      from.topic,
      parked.eventType,
      kind === 'permanent' ? 'rejected' : 'failed',
    );
    await this.parked.remove(parked);
  }

  private partitionOf(parked: ParkedEvent): PartitionOfEvents {
    return {
      topic: parked.topic,
      physicalTopic: physicalTopic(this.options.kafka, parked.topic),
      partition: parked.partition,
      heartbeat: () => Promise.resolve(),
    };
  }

  /** The handler of an event type, looked up once (Nest's lookup normalises the pattern each time). */
  private routeOf(type: string): EventHandlerRoute | undefined {
    if (this.routes.has(type)) return this.routes.get(type);
    const batchHandler = this.getHandlerByPattern(batchPatternOf(type));
    const handler = batchHandler ?? this.getHandlerByPattern(type);
    const batch = batchHandler ? String(batchHandler.extras?.[EVENT_BATCH_EXTRA] ?? type) : undefined;
    const route = handler ? { handler, batch } : undefined;
    this.routes.set(type, route);
    return route;
  }

  private async invoke(handler: MessageHandler, payload: unknown, context: unknown): Promise<void> {
    const result: unknown = await handler(payload, context);
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }

  private async deadLetter(
    from: PartitionOfEvents,
    message: KafkaMessage,
    reason: string,
    attempts: number,
  ): Promise<void> {
    const { physicalTopic: topic, partition } = from;
    const hashKey = this.options.deadLetterHashKey;
    this.log.warn(
      `Dead-lettering ${topic}[${partition}]@${message.offset}: ${redactText(reason, hashKey).value}`,
    );
    for (let attempt = 1; ; attempt += 1) {
      try {
        await sendToDeadLetterTopic(this.options.producer, {
          physicalTopic: topic,
          partition,
          message,
          reason,
          consumerGroup: this.options.groupId,
          attempts,
          redactionHashKey: hashKey,
        });
        return;
      } catch (error) {
        if (this.stopping) throw error;
        this.log.warn(`Could not dead-letter yet (attempt ${attempt}): ${(error as Error).message}`);
        await this.backoff(attempt, from.heartbeat);
      }
    }
  }

  private async backoff(attempt: number, heartbeat: () => Promise<void>): Promise<void> {
    let remaining = Math.min(100 * 2 ** attempt, MAX_BACKOFF_MS);
    while (remaining > 0 && !this.stopping) {
      const step = Math.min(remaining, HEARTBEAT_EVERY_MS);
      await this.backoffTimer.wait(step);
      remaining -= step;
      await heartbeat().catch(() => undefined);
    }
  }
}
