import { createKafka, type KafkaSettings, physicalTopic } from '#messaging';

/**
 * The floor the pipeline is measured against: a bare kafkajs consumer group that reads the centres topic with
 * eachBatch and produces every message to another topic, nothing else. Answers the seconds from its first
 * batch to its last message sent.
 */
export async function rawPassthroughSeconds(
  kafka: KafkaSettings,
  outputTopic: string,
  total: number,
): Promise<number> {
  const client = createKafka(kafka);
  const producer = client.producer({ allowAutoTopicCreation: false });
  const consumer = client.consumer({ groupId: `${kafka.topicPrefix}bench-raw`, maxWaitTimeInMs: 250 });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [physicalTopic(kafka, 'reception.centres')], fromBeginning: true });
  let first: bigint | undefined;
  let seen = 0;
  const done = new Promise<bigint>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        first ??= process.hrtime.bigint();
        await producer.send({
          topic: physicalTopic(kafka, outputTopic),
          acks: -1,
          messages: batch.messages.map((message) => ({ key: message.key, value: message.value })),
        });
        seen += batch.messages.length;
        if (seen >= total) resolve(process.hrtime.bigint());
      },
    });
  });
  const last = await done;
  await consumer.disconnect();
  await producer.disconnect();
  return Number(last - first!) / 1e9;
}
