/**
 * Sends one event to Kafka as UDI's or Bufdir's systems would, for trying the system out by hand.
 *
 *   npm run send -- centre  --centre C1 --municipality 0301 --type ordinary --places 100 [--flexible 20]
 *   npm run send -- arrival --centre C1 --person p-0001 [--date 2026-11-24]
 *   npm run send -- departure --centre C1 --person p-0001 [--date 2026-11-24] [--reason settled]
 *   npm run send -- no.reception.arrival.registered.v1 --file examples/no.reception.arrival.registered.v1.json
 *
 * Any event type is sent from a file holding a CloudEvent (its data is taken) or just the data; it goes out
 * with a new id and time, so sending the same file again is a new event, not a duplicate.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { eventCatalogue, ReceptionEventTypes } from '#contracts';
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
    file: { type: 'string' },
  },
});

function eventFromFile(
  type: string,
  file: string | undefined,
): { type: string; data: Record<string, unknown> } {
  if (!eventCatalogue.has(type))
    throw new Error(`There is no event type ${type} (npm run contracts -- asyncapi lists them)`);
  if (!file)
    throw new Error(`Say where the data of ${type} is: --file example.json (examples/ has one per type)`);
  const content = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const isEvent = typeof content.specversion === 'string' && 'data' in content;
  if (isEvent && content.type !== type)
    throw new Error(`${file} holds a ${String(content.type)} event, not ${type}`);
  return { type, data: (isEvent ? content.data : content) as Record<string, unknown> };
}

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
      if (kind?.includes('.')) return eventFromFile(kind, values.file);
      throw new Error(
        'Say what to send: centre, arrival, departure, or an event type with --file (see the top of tools/send-event.ts)',
      );
  }
}

async function main(): Promise<void> {
  const { type, data } = eventFor(positionals[0]);
  const validator = new EventValidator();
  const definition = validator.definitionOf(type);
  if (!definition)
    throw new Error(`There is no event type ${type} (npm run contracts -- asyncapi lists them)`);
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
