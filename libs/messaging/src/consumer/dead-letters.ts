import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';

import { deadLetterTopicOf } from '#contracts';

import { redactBytes, redactHeaders, redactText } from './personal-data-redaction.js';

export interface DeadLetter {
  physicalTopic: string;
  partition: number;
  message: KafkaMessage;
  reason: string;
  consumerGroup: string;
  attempts: number;
  /** Key of the hash that follows a redacted national identity number; without it, only a marker. */
  redactionHashKey?: string;
}

export const DeadLetterHeaders = {
  reason: 'dlq-reason',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  consumerGroup: 'dlq-consumer-group',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
  /** How many national identity numbers were replaced by a marker before the letter was written. */
  redacted: 'dlq-redacted',
} as const;

/**
 * Sends the original key, value and headers to the topic's dead-letter topic, with the reason in headers, byte
 * for byte except that national identity numbers are replaced by a marker (the letter says how many).
 */
export async function sendToDeadLetterTopic(producer: Producer, letter: DeadLetter): Promise<void> {
  const hashKey = letter.redactionHashKey;
  const key = redactBytes(letter.message.key, hashKey);
  const value = redactBytes(letter.message.value, hashKey);
  const original = redactHeaders(letter.message.headers ?? {}, hashKey);
  const reason = redactText(letter.reason.slice(0, 4000), hashKey);
  const redacted = key.count + value.count + original.count + reason.count;
  const headers: IHeaders = {
    ...original.value,
    [DeadLetterHeaders.reason]: reason.value,
    [DeadLetterHeaders.originalTopic]: letter.physicalTopic,
    [DeadLetterHeaders.originalPartition]: String(letter.partition),
    [DeadLetterHeaders.originalOffset]: letter.message.offset,
    [DeadLetterHeaders.consumerGroup]: letter.consumerGroup,
    [DeadLetterHeaders.attempts]: String(letter.attempts),
    [DeadLetterHeaders.failedAt]: new Date().toISOString(),
    ...(redacted > 0 ? { [DeadLetterHeaders.redacted]: String(redacted) } : {}),
  };
  await producer.send({
    topic: deadLetterTopicOf(letter.physicalTopic),
    acks: -1,
    messages: [{ key: key.value, value: value.value, headers }],
  });
}
