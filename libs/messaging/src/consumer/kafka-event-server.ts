import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import type { Consumer, EachMessagePayload, KafkaMessage, Producer } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import type { DataSource } from 'typeorm';

import type { CloudEvent } from '#contracts';

import type { EventValidator } from '../event-validator.js';
import { createKafka } from '../kafka/create-kafka.js';
import { type KafkaSettings, logicalTopic, physicalTopic } from '../kafka/kafka-settings.js';
import { Wakeable } from '../wakeable.js';
import { sendToDeadLetterTopic } from './dead-letters.js';
import { classifyFailure } from './failure-classification.js';
import { KafkaEventContext } from './kafka-event-context.js';

export interface KafkaEventServerOptions {
  kafka: KafkaSettings;
  groupId: string;
  /** How long the broker waits for a silent member before giving its partitions to others. */
  sessionTimeoutMs?: number;
  /** Logical topic names (without prefix). */
  topics: string[];
  dataSource: DataSource;
  validator: EventValidator;
  /** Connected producer used for dead letters. */
  producer: Producer;
  /** Runs after a handler's transaction committed (the outbox relay uses it to send at once). */
  afterCommit?: () => void;
  /** Attempts for an unexpected handler error before the event is dead-lettered. */
  maxUnexpectedAttempts?: number;
  partitionsConsumedConcurrently?: number;
}

const MAX_BACKOFF_MS = 30000;
const HEARTBEAT_EVERY_MS = 2500;

/**
 * NestJS transport for the services' Kafka topics. For each message: parse and validate the CloudEvent
 * (invalid → dead-letter topic, move on); record its id and run the @EventPattern handler for its type in
 * one database transaction (a redelivered event changes nothing); retry transient failures with backoff
 * for as long as they last; retry unexpected errors a few times, then dead-letter.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private readonly log = new Logger(KafkaEventServer.name);
  private readonly backoffTimer = new Wakeable();
  private consumer?: Consumer;
  private stopping = false;
  private resolveJoined!: () => void;
  /** Resolves once the consumer has joined its group and been given partitions. */
  readonly joined = new Promise<void>((resolve) => (this.resolveJoined = resolve));

  constructor(private readonly options: KafkaEventServerOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    this.stopping = true;
    this.backoffTimer.wake();
    await this.consumer?.disconnect();
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
    this.consumer = createKafka(kafka).consumer({
      groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30000,
      heartbeatInterval: Math.min(3000, Math.floor((this.options.sessionTimeoutMs ?? 30000) / 3)),
      maxWaitTimeInMs: 250,
      allowAutoTopicCreation: false,
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => this.resolveJoined());
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: topics.map((topic) => physicalTopic(kafka, topic)),
      fromBeginning: true,
    });
    await this.consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachMessage: (payload) => this.consume(payload),
    });
    this.log.log(`Consuming ${topics.join(', ')} as group ${groupId}`);
  }

  private async consume(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message } = payload;
    const heartbeat = () => payload.heartbeat();
    const outcome = this.options.validator.parseOnTopic(
      message.value,
      logicalTopic(this.options.kafka, topic),
    );
    if (!outcome.valid) {
      await this.deadLetter(topic, partition, message, outcome.reason, 1);
      return;
    }
    const handler = this.getHandlerByPattern(outcome.event.type);
    if (!handler) return; // another service's event on a shared topic: not ours to handle
    const maxUnexpected = this.options.maxUnexpectedAttempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      if (this.stopping) throw new Error('Consumer is stopping; the event will be redelivered');
      try {
        const processed = await this.processOnce(outcome.event, handler, topic, partition, message.offset);
        if (processed) this.options.afterCommit?.();
        return;
      } catch (error) {
        const kind = classifyFailure(error);
        const summary = `${outcome.event.type} ${outcome.event.id} at ${topic}[${partition}]@${message.offset}`;
        if (kind === 'permanent' || (kind === 'unexpected' && attempt >= maxUnexpected)) {
          const reason =
            kind === 'permanent'
              ? `rejected: ${(error as Error).message}`
              : `handler failed ${attempt} times: ${(error as Error).message}`;
          await this.deadLetter(topic, partition, message, reason, attempt);
          return;
        }
        this.log.warn(
          `${summary}: ${kind} failure on attempt ${attempt}, retrying: ${(error as Error).message}`,
        );
        await this.backoff(attempt, heartbeat);
      }
    }
  }

  private async processOnce(
    event: CloudEvent,
    handler: MessageHandler,
    topic: string,
    partition: number,
    offset: string,
  ): Promise<boolean> {
    return this.options.dataSource.transaction(async (transaction) => {
      const recorded = await transaction.query<unknown[]>(
        `INSERT INTO processed_events (consumer_group, event_source, event_id, event_type)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
        [this.options.groupId, event.source, event.id, event.type],
      );
      if (recorded.length === 0) return false;
      const context = new KafkaEventContext([
        transaction,
        logicalTopic(this.options.kafka, topic),
        partition,
        offset,
      ]);
      const result: unknown = await handler(event, context);
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
      return true;
    });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: string,
    attempts: number,
  ): Promise<void> {
    this.log.warn(`Dead-lettering ${topic}[${partition}]@${message.offset}: ${reason}`);
    for (let attempt = 1; ; attempt += 1) {
      try {
        await sendToDeadLetterTopic(this.options.producer, {
          physicalTopic: topic,
          partition,
          message,
          reason,
          consumerGroup: this.options.groupId,
          attempts,
        });
        return;
      } catch (error) {
        if (this.stopping) throw error;
        this.log.warn(`Could not dead-letter yet (attempt ${attempt}): ${(error as Error).message}`);
        await this.backoff(attempt, () => Promise.resolve());
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
