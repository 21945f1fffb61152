import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Consumer } from 'kafkajs';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

import {
  type ConsumerObserver,
  type DeadLetterCause,
  type FailureKind,
  logicalTopic,
  MessagingRuntime,
} from '#messaging';

import { readAtScrape } from './scrape-time.js';

/** What the service's consumer group reads, set once the consumer is created. */
interface Subscription {
  groupId: string;
  /** Physical topic names (with the prefix). */
  topics: string[];
}

/**
 * The Kafka consumer's metrics: events handled, retried and dead-lettered per topic and type, batch sizes
 * (from kafkajs' instrumentation events) and, read from the broker at each scrape, the lag per partition.
 */
@Injectable()
export class ConsumerMetrics implements ConsumerObserver, OnApplicationShutdown {
  private readonly consumed: Counter<'topic' | 'type' | 'outcome'>;
  private readonly retries: Counter<'topic' | 'type' | 'failure'>;
  private readonly deadLetters: Counter<'topic' | 'type' | 'cause'>;
  private readonly batchSizes: Histogram<'topic'>;
  private subscription?: Subscription;
  private admin?: Admin;

  constructor(
    @Inject(Registry) registry: Registry,
    @Inject(MessagingRuntime) private readonly messaging: MessagingRuntime,
  ) {
    const registers = [registry];
    this.consumed = new Counter({
      name: 'events_consumed_total',
      help: 'Events this service handled (outcome "handled") or found already handled ("duplicate")',
      labelNames: ['topic', 'type', 'outcome'],
      registers,
    });
    this.retries = new Counter({
      name: 'events_retried_total',
      help: 'Handler failures after which the event is tried again, by failure kind',
      labelNames: ['topic', 'type', 'failure'],
      registers,
    });
    this.deadLetters = new Counter({
      name: 'events_dead_lettered_total',
      help: 'Events sent to the dead-letter topic: invalid, rejected by the domain, or failing repeatedly',
      labelNames: ['topic', 'type', 'cause'],
      registers,
    });
    this.batchSizes = new Histogram({
      name: 'consumer_batch_size',
      help: 'Messages per batch fetched and processed by the consumer',
      labelNames: ['topic'],
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
      registers,
    });
    const lag = (group: Subscription, gauge: Gauge<'topic' | 'partition'>) => this.readLag(group, gauge);
    const subscription = () => this.subscription;
    new Gauge({
      name: 'consumer_lag_messages',
      help: "Messages on a partition not yet committed by this service's consumer group (read at scrape)",
      labelNames: ['topic', 'partition'],
      registers,
      async collect() {
        const group = subscription();
        if (group) await readAtScrape('consumer lag', () => lag(group, this));
      },
    });
  }

  /** The group and topics the lag is read for. */
  watch(groupId: string, physicalTopics: string[]): void {
    this.subscription = { groupId, topics: physicalTopics };
  }

  created(consumer: Consumer): void {
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      if (payload.batchSize > 0)
        this.batchSizes.observe({ topic: this.logical(payload.topic) }, payload.batchSize);
    });
  }

  handled(topic: string, type: string, outcome: 'handled' | 'duplicate'): void {
    this.consumed.inc({ topic, type, outcome });
  }

  retried(topic: string, type: string, failure: FailureKind): void {
    this.retries.inc({ topic, type, failure });
  }

  deadLettered(topic: string, type: string | undefined, cause: DeadLetterCause): void {
    this.deadLetters.inc({ topic, type: type ?? 'unknown', cause });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect();
  }

  private async readLag(group: Subscription, gauge: Gauge<'topic' | 'partition'>): Promise<void> {
    this.admin ??= this.messaging.kafka.admin();
    await this.admin.connect();
    const committed = await this.admin.fetchOffsets({ groupId: group.groupId, topics: group.topics });
    gauge.reset();
    for (const { topic, partitions } of committed) {
      const ends = new Map(
        (await this.admin.fetchTopicOffsets(topic)).map((end) => [end.partition, BigInt(end.high)]),
      );
      for (const { partition, offset } of partitions) {
        const end = ends.get(partition) ?? 0n;
        const at = offset === '-1' ? 0n : BigInt(offset);
        gauge.set(
          { topic: this.logical(topic), partition: String(partition) },
          Number(end > at ? end - at : 0n),
        );
      }
    }
  }

  private logical(topic: string): string {
    return logicalTopic(this.messaging.settings.kafka, topic);
  }
}
