import { eventDefinitionOf, ReceptionEventTypes } from '#contracts';
import { buildEvent, createKafka, type KafkaSettings, physicalTopic } from '#messaging';

const CENTRES = 50;
const MUNICIPALITIES = ['0301', '4601', '5001', '1103', '3201', '4204', '1804', '3907', '5501', '1506'];
const DAYS = 200;

/**
 * Produces `total` reception events to the environment's centres topic before anything consumes them: 50
 * centre registrations, then arrivals at the centres in turn with every fifth event a departure of the longest
 * resident there, over 200 days. Each event is keyed by its centre, so a centre's events keep their order.
 */
export async function produceReceptionEvents(kafka: KafkaSettings, total: number): Promise<number> {
  const producer = createKafka(kafka).producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const topic = physicalTopic(kafka, 'reception.centres');
  let pending: { key: string; value: string }[] = [];
  let produced = 0;
  const send = async (force = false): Promise<void> => {
    if (pending.length === 0 || (!force && pending.length < 2000)) return;
    await producer.send({ topic, acks: -1, messages: pending });
    produced += pending.length;
    pending = [];
  };
  const add = async (type: string, key: string, data: object): Promise<void> => {
    pending.push({ key, value: JSON.stringify(buildEvent('/bench', eventDefinitionOf(type)!, data)) });
    await send();
  };
  const centreIds = Array.from(
    { length: CENTRES },
    (_, index) => `BENCH-${String(index + 1).padStart(2, '0')}`,
  );
  for (const [index, centreId] of centreIds.entries()) {
    await add(ReceptionEventTypes.centreRegistered, centreId, {
      centreId,
      hostMunicipalityNumber: MUNICIPALITIES[index % MUNICIPALITIES.length],
      type: 'ordinary',
      fixedPlaces: Math.ceil((total * 0.7) / CENTRES),
      flexiblePlaces: 20,
    });
  }
  const residents = centreIds.map(() => [] as string[]);
  for (let index = 0; index < total - CENTRES; index += 1) {
    const centre = index % CENTRES;
    const date = dayOf(Math.floor((index * DAYS) / (total - CENTRES)));
    const leaving = index % 5 === 4 ? residents[centre].shift() : undefined;
    if (leaving) {
      await add(ReceptionEventTypes.departureRegistered, centreIds[centre], {
        personId: leaving,
        centreId: centreIds[centre],
        date,
        reason: 'returned',
      });
    } else {
      const personId = `bench-${index}`;
      residents[centre].push(personId);
      await add(ReceptionEventTypes.arrivalRegistered, centreIds[centre], {
        personId,
        centreId: centreIds[centre],
        date,
      });
    }
  }
  await send(true);
  await producer.disconnect();
  return produced;
}

function dayOf(offset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + offset * 86400000).toISOString().slice(0, 10);
}
