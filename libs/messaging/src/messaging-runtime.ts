import { Logger } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { createKafka } from './kafka/create-kafka.js';
import type { KafkaSettings } from './kafka/kafka-settings.js';
import { EventValidator } from './event-validator.js';
import { Outbox } from './outbox/outbox.js';
import { OutboxRelay } from './outbox/outbox-relay.js';

export interface MessagingSettings {
  /** CloudEvents `source` of everything this service publishes, e.g. `/reception`. */
  source: string;
  kafka: KafkaSettings;
  schema: string;
  outbox: { relayEnabled: boolean; pollIntervalMs: number };
}

/** The service's Kafka client, producer, outbox and relay, started and stopped together. */
export class MessagingRuntime {
  readonly kafka: Kafka;
  readonly producer: Producer;
  readonly validator = new EventValidator();
  readonly outbox: Outbox;
  readonly relay: OutboxRelay;
  private readonly logger = new Logger(MessagingRuntime.name);

  constructor(
    readonly settings: MessagingSettings,
    dataSource: DataSource,
  ) {
    this.kafka = createKafka(settings.kafka);
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 200, maxRetryTime: 30000 },
    });
    this.relay = new OutboxRelay(dataSource, this.producer, settings.kafka, {
      schema: settings.schema,
      pollIntervalMs: settings.outbox.pollIntervalMs,
    });
    this.outbox = new Outbox(settings.source, this.validator, () => this.relay.nudge());
  }

  async start(): Promise<void> {
    await this.producer.connect();
    if (this.settings.outbox.relayEnabled) this.relay.start();
    else this.logger.warn('Outbox relay is disabled (OUTBOX_RELAY_ENABLED=false): events stay in the outbox');
  }

  async stopRelay(): Promise<void> {
    await this.relay.stop();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}
