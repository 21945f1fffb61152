/**
 * Prints the events on a topic as they arrive: `npm run watch-events -- reception.escalations`.
 * Dead letters are on `<topic>.dlq`, with the reason in the dlq-reason header. Prints the type, subject and id of
 * each event; --full prints the data too (it may hold sensitive details such as needs for services).
 */
import { createKafka, physicalTopic } from '#messaging';
import { readKafkaConnection } from '#platform';

async function main(): Promise<void> {
  const topic = process.argv[2] ?? 'reception.escalations';
  const settings = { ...readKafkaConnection(), clientId: 'watch-events' };
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
      const value = message.value?.toString() ?? '';
      let line = value;
      if (!process.argv.includes('--full')) {
        try {
          const event = JSON.parse(value) as { type?: string; subject?: string; id?: string };
          line = `${event.type ?? '?'}  ${event.subject ?? ''}  ${event.id ?? ''}`;
        } catch {
          line = `(${value.length} bytes, not JSON)`;
        }
      }
      console.log(`${message.key?.toString() ?? ''}  ${line}${reason ? `\n  reason: ${reason}` : ''}`);
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
