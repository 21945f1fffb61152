/**
 * Prints the events on a topic as they arrive: `npm run watch-events -- reception.escalations`.
 * Dead letters are on `<topic>.dlq`, with the reason in the dlq-reason header.
 */
import { createKafka, physicalTopic } from '#messaging';
import { DEFAULT_KAFKA_BROKERS } from '#platform';

async function main(): Promise<void> {
  const topic = process.argv[2] ?? 'reception.escalations';
  const settings = {
    brokers: (process.env.KAFKA_BROKERS ?? DEFAULT_KAFKA_BROKERS).split(','),
    clientId: 'watch-events',
    topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? '',
  };
  const consumer = createKafka(settings).consumer({ groupId: `watch-events-${process.pid}` });
  await consumer.connect();
  await consumer.subscribe({
    topic: physicalTopic(settings, topic),
    fromBeginning: process.argv.includes('--from-beginning'),
  });
  console.log(`Watching ${topic} (Ctrl+C to stop)`);
  await consumer.run({
    eachMessage: ({ message }) => {
      const reason = message.headers?.['dlq-reason']?.toString();
      console.log(
        `${message.key?.toString() ?? ''}  ${message.value?.toString() ?? ''}${reason ? `\n  reason: ${reason}` : ''}`,
      );
      return Promise.resolve();
    },
  });
  const stop = () => void consumer.disconnect().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
