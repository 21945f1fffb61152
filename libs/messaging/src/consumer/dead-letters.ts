import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';

import { deadLetterTopicOf } from '#contracts';

export interface DeadLetter {
  physicalTopic: string;
  partition: number;
  message: KafkaMessage;
  reason: string;
  consumerGroup: string;
  attempts: number;
}

export const DeadLetterHeaders = {
  reason: 'dlq-reason',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  consumerGroup: 'dlq-consumer-group',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;

/** Sends the original bytes, key and headers to the topic's dead-letter topic, with the reason in headers. */
export async function sendToDeadLetterTopic(producer: Producer, letter: DeadLetter): Promise<void> {
  const headers: IHeaders = {
    ...(letter.message.headers ?? {}),
    [DeadLetterHeaders.reason]: letter.reason.slice(0, 4000),
    [DeadLetterHeaders.originalTopic]: letter.physicalTopic,
    [DeadLetterHeaders.originalPartition]: String(letter.partition),
    [DeadLetterHeaders.originalOffset]: letter.message.offset,
    [DeadLetterHeaders.consumerGroup]: letter.consumerGroup,
    [DeadLetterHeaders.attempts]: String(letter.attempts),
    [DeadLetterHeaders.failedAt]: new Date().toISOString(),
  };
  await producer.send({
    topic: deadLetterTopicOf(letter.physicalTopic),
    acks: -1,
    messages: [{ key: letter.message.key, value: letter.message.value, headers }],
  });
}
