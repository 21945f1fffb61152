import { Logger } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';

import { CLOUD_EVENT_CONTENT_TYPE } from '#contracts';

import { buildEvent } from './event-factory.js';
import { EventValidator } from './event-validator.js';
import { MessagingHousekeeping } from './housekeeping.js';
import { createKafka } from './kafka/create-kafka.js';
import { type KafkaSettings, physicalTopic } from './kafka/kafka-settings.js';
import { DEFAULT_MAX_EVENT_BYTES, Outbox } from './outbox/outbox.js';
import { OutboxCommitSignal } from './outbox/outbox-commit-signal.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { TopicPartitionCounts } from './outbox/topic-partitions.js';

export interface MessagingSettings {
  /** CloudEvents `source` of everything this service publishes, e.g. `/reception`. */
  source: string;
  kafka: KafkaSettings;
  schema: string;
  /** maxEventBytes: the largest serialized event the outbox takes (DEFAULT_MAX_EVENT_BYTES when not given). */
  outbox: { relayEnabled: boolean; pollIntervalMs: number; maxEventBytes?: number };
}

/** The service's Kafka client, producer, outbox and relay, started and stopped together. */
export class MessagingRuntime {
  readonly kafka: Kafka;
  readonly producer: Producer;
  readonly validator = new EventValidator();
  readonly outbox: Outbox;
  readonly relay: OutboxRelay;
  readonly housekeeping: MessagingHousekeeping;
  private readonly logger = new Logger(MessagingRuntime.name);

  constructor(
    readonly settings: MessagingSettings,
    dataSource: DataSource,
  ) {
    this.kafka = createKafka(settings.kafka);
    this.producer = this.kafka.producer({
      // One request in flight keeps order per partition. Retries are bounded so a send never blocks the outbox
      // transaction or shutdown for long; the outbox retries later, and consumers drop duplicates by event id.
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 30000 },
    });
    const maxEventBytes = settings.outbox.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.relay = new OutboxRelay(
      dataSource,
      this.producer,
      settings.kafka,
      {
        schema: settings.schema,
        pollIntervalMs: settings.outbox.pollIntervalMs,
        maxRequestBytes: maxEventBytes,
      },
      new TopicPartitionCounts(this.kafka),
    );
    this.outbox = new Outbox(settings.source, this.validator, () => this.relay.nudge(), maxEventBytes);
    // Woken by the commit of a transaction that wrote to the outbox; the poll is only the fallback.
    dataSource.subscribers.push(new OutboxCommitSignal(() => this.relay.nudge()));
    this.housekeeping = new MessagingHousekeeping(dataSource);
  }

  /**
   * Validates and sends an event at once, outside any transaction: for announcements about this instance
   * (which rule-set version it runs), not for state changes, which go through the outbox.
   */
  async publishNow<TData extends object>(type: string, data: TData): Promise<void> {
    const definition = this.validator.definitionOf(type);
    if (!definition) throw new Error(`Cannot publish unknown event type "${type}"`);
    const event = buildEvent(this.settings.source, definition, data);
    const outcome = this.validator.validate(event);
    if (!outcome.valid) throw new Error(`Refusing to publish an invalid event: ${outcome.reason}`);
    await this.producer.send({
      topic: physicalTopic(this.settings.kafka, definition.topic),
      acks: -1,
      messages: [
        {
          key: event.subject,
          value: JSON.stringify(event),
          headers: { 'content-type': CLOUD_EVENT_CONTENT_TYPE },
        },
      ],
    });
  }

  async start(): Promise<void> {
    await this.producer.connect();
    this.housekeeping.start();
    if (this.settings.outbox.relayEnabled) this.relay.start();
    else this.logger.warn('Outbox relay is disabled (OUTBOX_RELAY_ENABLED=false): events stay in the outbox');
  }

  async stopRelay(): Promise<void> {
    this.housekeeping.stop();
    await this.relay.stop();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}
