import type { Consumer, KafkaMessage } from 'kafkajs';

import type { CloudEvent } from '#contracts';
import { createKafka, type KafkaSettings, physicalTopic } from '#messaging';

import { waitUntil } from '../../infra/wait-until.js';

export interface ReceivedMessage {
  topic: string;
  partition: number;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  offset: string;
}

/** Reads topics from their beginning and keeps every message, so tests can wait for what must appear. */
export class TopicProbe {
  readonly messages: ReceivedMessage[] = [];
  private readonly consumer: Consumer;
  private readonly highestOffset = new Map<string, bigint>();

  constructor(
    private readonly kafka: KafkaSettings,
    private readonly logicalTopics: string[],
  ) {
    this.consumer = createKafka(kafka).consumer({
      groupId: `${kafka.topicPrefix}probe-${Math.random()}`,
      maxWaitTimeInMs: 100,
    });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: this.logicalTopics.map((topic) => physicalTopic(this.kafka, topic)),
      fromBeginning: true,
    });
    await this.consumer.run({
      eachMessage: ({ topic, partition, message }) => this.keep(topic, partition, message),
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  /** The CloudEvents of a type received so far. */
  events<TData = Record<string, unknown>>(type: string): CloudEvent<TData>[] {
    return this.messages
      .map((message) => (message.value ? (JSON.parse(message.value) as CloudEvent<TData>) : undefined))
      .filter((event): event is CloudEvent<TData> => event?.type === type);
  }

  on(logicalTopic: string): ReceivedMessage[] {
    const topic = physicalTopic(this.kafka, logicalTopic);
    return this.messages.filter((message) => message.topic === topic);
  }

  async waitFor(description: string, condition: () => boolean, timeoutMs = 30000): Promise<void> {
    await waitUntil(description, () => Promise.resolve(condition()), { timeoutMs, intervalMs: 50 });
  }

  /** Waits until everything written to the probed topics so far has been read. */
  async drain(timeoutMs = 30000): Promise<void> {
    const admin = createKafka(this.kafka).admin();
    await admin.connect();
    try {
      const targets: { key: string; end: bigint }[] = [];
      for (const logical of this.logicalTopics) {
        const topic = physicalTopic(this.kafka, logical);
        for (const partition of await admin.fetchTopicOffsets(topic)) {
          const end = BigInt(partition.high);
          if (end > 0n) targets.push({ key: `${topic}/${partition.partition}`, end });
        }
      }
      await this.waitFor(
        'the probe to read to the end of its topics',
        () => targets.every(({ key, end }) => (this.highestOffset.get(key) ?? -1n) + 1n >= end),
        timeoutMs,
      );
    } finally {
      await admin.disconnect();
    }
  }

  private keep(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    this.messages.push({
      topic,
      partition,
      key: message.key?.toString() ?? null,
      value: message.value?.toString() ?? null,
      headers: Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([name, value]) => [name, value?.toString() ?? '']),
      ),
      offset: message.offset,
    });
    this.highestOffset.set(`${topic}/${partition}`, BigInt(message.offset));
    return Promise.resolve();
  }
}
