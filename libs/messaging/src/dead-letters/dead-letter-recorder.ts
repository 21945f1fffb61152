import { Logger } from '@nestjs/common';
import type { Consumer, KafkaMessage } from 'kafkajs';

import { allTopicDefinitions, DEAD_LETTER_SUFFIX } from '#contracts';

import { DeadLetterHeaders } from '../consumer/dead-letters.js';
import { createKafka } from '../kafka/create-kafka.js';
import { type KafkaSettings, logicalTopic, physicalTopic } from '../kafka/kafka-settings.js';
import type { DeadLettersRepository, NewDeadLetter } from './dead-letters.repository.js';

/**
 * Reads every dead-letter topic (group `<consumer group>.dead-letters`) and records the letters the service's
 * own consumer group wrote, so an operator can list, inspect and replay them over HTTP. Letters of other
 * services' groups on shared topics are theirs to record.
 */
export class DeadLetterRecorder {
  private readonly logger = new Logger(DeadLetterRecorder.name);
  private consumer?: Consumer;

  constructor(
    private readonly kafka: KafkaSettings,
    private readonly groupId: string,
    private readonly deadLetters: Pick<DeadLettersRepository, 'record'>,
  ) {}

  async start(): Promise<void> {
    this.consumer = createKafka(this.kafka).consumer({
      groupId: `${this.groupId}.dead-letters`,
      maxWaitTimeInMs: 500,
      allowAutoTopicCreation: false,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: allTopicDefinitions()
        .filter((topic) => topic.name.endsWith(DEAD_LETTER_SUFFIX))
        .map((topic) => physicalTopic(this.kafka, topic.name)),
      fromBeginning: true,
    });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const letter = this.letterOf(topic, message);
        if (letter) await this.deadLetters.record(letter);
      },
    });
    this.logger.log(`Recording the dead letters of ${this.groupId}`);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  private letterOf(topic: string, message: KafkaMessage): NewDeadLetter | undefined {
    const headers = Object.fromEntries(
      Object.entries(message.headers ?? {}).map(([name, value]) => [name, headerText(value)]),
    );
    if (headers[DeadLetterHeaders.consumerGroup] !== this.groupId) return undefined;
    const payload = message.value?.toString('utf8') ?? null;
    const event = eventFieldsOf(payload);
    const originalPartition = Number(headers[DeadLetterHeaders.originalPartition]);
    const attempts = Number(headers[DeadLetterHeaders.attempts]);
    return {
      deadLetterTopic: logicalTopic(this.kafka, topic),
      deadLetterOffset: message.offset,
      originalTopic: logicalTopic(
        this.kafka,
        headers[DeadLetterHeaders.originalTopic] ?? topic.slice(0, -DEAD_LETTER_SUFFIX.length),
      ),
      originalPartition: Number.isInteger(originalPartition) ? originalPartition : null,
      originalOffset: headers[DeadLetterHeaders.originalOffset] ?? null,
      ...event,
      messageKey: message.key?.toString('utf8') ?? null,
      payload,
      headers,
      reason: headers[DeadLetterHeaders.reason] ?? 'no reason given',
      attempts: Number.isInteger(attempts) ? attempts : null,
      failedAt: headers[DeadLetterHeaders.failedAt] ?? null,
    };
  }
}

function headerText(value: unknown): string {
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (Array.isArray(value)) return value.map(headerText).join(',');
  return String(value);
}

/** The event's id, type and source when the letter is a JSON object that has them. */
function eventFieldsOf(payload: string | null): Pick<NewDeadLetter, 'eventId' | 'eventType' | 'eventSource'> {
  let parsed: unknown;
  try {
    parsed = payload === null ? undefined : JSON.parse(payload);
  } catch {
    parsed = undefined;
  }
  const field = (name: string) => {
    const value = (parsed as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' ? value.slice(0, 500) : null;
  };
  return { eventId: field('id'), eventType: field('type'), eventSource: field('source') };
}
