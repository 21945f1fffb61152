import { createHmac } from 'node:crypto';

import { DEAD_LETTER_RETENTION_MS, eventDefinitionOf, ReceptionEventTypes, Topics } from '#contracts';
import { buildEvent, createKafka, DeadLetterHeaders } from '#messaging';

import { ServiceHarness } from '../support/service-harness.js';

const centres = Topics.receptionCentres.name;
const deadLetters = `${centres}.dlq`;

describe('invalid events go to the dead-letter topic and the consumer moves on', () => {
  const harness = new ServiceHarness('dead-letters');
  const reception = harness.service('reception');

  const hashKey = 'dead-letter-test-hash-key';

  beforeAll(() => harness.start({ reception: { DEAD_LETTER_HASH_KEY: hashKey } }));
  afterAll(() => harness.stop());

  it('dead-letters malformed, schema-invalid, unknown and impossible events with reasons, and processes the valid ones after them', async () => {
    const malformed = '{"specversion": "1.0", "id": ';
    await harness.sender.sendRaw(centres, 'BRG-1', malformed);

    const invalidArrival = buildEvent(
      '/e2e-tests',
      eventDefinitionOf(ReceptionEventTypes.arrivalRegistered)!,
      {
        personId: '01017012345', // a national identity number, which must never enter the system
        centreId: 'BRG-1',
      },
    );
    await harness.sender.sendRaw(centres, 'BRG-1', JSON.stringify(invalidArrival));

    await harness.sender.sendRaw(
      centres,
      'BRG-1',
      JSON.stringify({ ...invalidArrival, type: 'no.reception.centre.demolished.v1', data: {} }),
    );

    await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-dl-0001',
      centreId: 'NOWHERE',
      date: '2026-11-02',
    });

    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'BRG-1',
      hostMunicipalityNumber: '4601',
      type: 'ordinary',
      fixedPlaces: 150,
      flexiblePlaces: 30,
    });
    await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-dl-0002',
      centreId: 'BRG-1',
      date: '2026-11-02',
    });

    await harness.waitForConsumed();
    expect(await reception.processedCount()).toBe(2);
    const letters = harness.probe.on(deadLetters);
    expect(letters).toHaveLength(4);
    const reasons = letters.map((letter) => letter.headers[DeadLetterHeaders.reason]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^not JSON/),
        'no.reception.arrival.registered.v1 data invalid: data must have required property \'date\' "date"; ' +
          'data.personId must not be a national identity number',
        'unknown event type "no.reception.centre.demolished.v1"',
        'rejected: centre "NOWHERE" is not registered',
      ]),
    );

    const identityNumberLetter = letters.find((letter) => letter.headers[DeadLetterHeaders.redacted]);
    expect(identityNumberLetter?.headers[DeadLetterHeaders.redacted]).toBe('1');
    expect(letters.map((letter) => letter.value).join()).not.toContain('01017012345');
    const hash = createHmac('sha256', hashKey).update('01017012345').digest('hex').slice(0, 16);
    expect(JSON.parse(identityNumberLetter!.value!)).toMatchObject({
      id: invalidArrival.id,
      data: { personId: `redacted-national-id:${hash}`, centreId: 'BRG-1' },
    });

    const malformedLetter = letters.find((letter) => letter.value === malformed);
    expect(malformedLetter?.key).toBe('BRG-1');
    expect(malformedLetter?.headers[DeadLetterHeaders.originalTopic]).toBe(
      `${harness.env.topicPrefix}${centres}`,
    );
    expect(malformedLetter?.headers[DeadLetterHeaders.consumerGroup]).toBe(
      `${harness.env.topicPrefix}reception`,
    );

    const occupancy = await reception.get<{ national: { residents: number; capacity: number } }>(
      '/reception/occupancy',
    );
    expect(occupancy.national).toMatchObject({ residents: 1, capacity: 180 });
  });

  it('keeps dead letters for a bounded time', async () => {
    const admin = createKafka(harness.env.kafka).admin();
    await admin.connect();
    try {
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [
          { type: 2, name: `${harness.env.topicPrefix}${deadLetters}`, configNames: ['retention.ms'] },
        ],
      });
      expect(resources[0].configEntries[0]).toMatchObject({
        configName: 'retention.ms',
        configValue: String(DEAD_LETTER_RETENTION_MS),
      });
    } finally {
      await admin.disconnect();
    }
  });
});
