/**
 * Sends one event to Kafka as UDI's or Bufdir's systems would, for trying the system out by hand.
 *
 *   npm run send -- centre  --centre C1 --municipality 0301 --type ordinary --places 100 [--flexible 20]
 *   npm run send -- arrival --centre C1 --person p-0001 [--date 2026-11-24]
 *   npm run send -- departure --centre C1 --person p-0001 [--date 2026-11-24] [--reason settled]
 */
import { parseArgs } from 'node:util';

import { ReceptionEventTypes } from '#contracts';
import { buildEvent, createKafka, EventValidator, physicalTopic } from '#messaging';
import { readKafkaConnection } from '#platform';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    centre: { type: 'string' },
    municipality: { type: 'string' },
    type: { type: 'string', default: 'ordinary' },
    places: { type: 'string' },
    flexible: { type: 'string', default: '0' },
    person: { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    reason: { type: 'string' },
    name: { type: 'string' },
  },
});

function eventFor(kind: string | undefined): { type: string; data: Record<string, unknown> } {
  switch (kind) {
    case 'centre':
      return {
        type: ReceptionEventTypes.centreRegistered,
        data: {
          centreId: values.centre,
          ...(values.name ? { name: values.name } : {}),
          hostMunicipalityNumber: values.municipality,
          type: values.type,
          fixedPlaces: Number(values.places),
          flexiblePlaces: Number(values.flexible),
        },
      };
    case 'arrival':
      return {
        type: ReceptionEventTypes.arrivalRegistered,
        data: { personId: values.person, centreId: values.centre, date: values.date },
      };
    case 'departure':
      return {
        type: ReceptionEventTypes.departureRegistered,
        data: {
          personId: values.person,
          centreId: values.centre,
          date: values.date,
          ...(values.reason ? { reason: values.reason } : {}),
        },
      };
    default:
      throw new Error('Say what to send: centre, arrival or departure (see the top of tools/send-event.ts)');
  }
}

async function main(): Promise<void> {
  const { type, data } = eventFor(positionals[0]);
  const validator = new EventValidator();
  const definition = validator.definitionOf(type)!;
  const event = buildEvent('/tools/send-event', definition, data);
  const outcome = validator.validate(event);
  if (!outcome.valid) throw new Error(outcome.reason);
  const settings = { ...readKafkaConnection(), clientId: 'send-event' };
  const producer = createKafka(settings).producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({
      topic: physicalTopic(settings, definition.topic),
      acks: -1,
      messages: [{ key: event.subject, value: JSON.stringify(event) }],
    });
  } finally {
    await producer.disconnect();
  }
  console.log(`Sent ${type} ${event.id} to ${definition.topic}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
