import { randomUUID } from 'node:crypto';

import {
  CareCentreEventTypes,
  type CloudEvent,
  eventDefinitionOf,
  ReceptionEventTypes,
  Topics,
} from '#contracts';
import { buildEvent, DeadLetterHeaders, type IngestionAnswer } from '#messaging';

import { ServiceHarness } from '../support/service-harness.js';

/** A CloudEvent as an agency's system would post it. */
function event(source: string, type: string, data: object): CloudEvent {
  return { ...buildEvent(source, eventDefinitionOf(type)!, data), id: `${source}-${randomUUID()}` };
}

describe("the agencies' ways in: HTTP ingestion, and every consumed event validated on its topic", () => {
  const harness = new ServiceHarness('ingestion');
  const reception = harness.service('reception');
  const careCentres = harness.service('care-centres');

  beforeAll(() => harness.start({ reception: {}, 'care-centres': {} }));
  afterAll(() => harness.stop());

  it("takes UDI's events through the outbox, answers duplicates and names why the others are refused", async () => {
    const centre = event('/udi/mottakssystem', ReceptionEventTypes.centreRegistered, {
      centreId: 'ING-1',
      hostMunicipalityNumber: '4601',
      type: 'ordinary',
      fixedPlaces: 40,
      flexiblePlaces: 10,
    });
    const arrival = event('/udi/mottakssystem', ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-ing-0001',
      centreId: 'ING-1',
      date: '2026-11-24',
    });
    const invalid = { ...arrival, id: 'udi-invalid-1', data: { personId: 'p-ing-0002', centreId: 'ING-1' } };
    const bufdirType = event('/udi/mottakssystem', CareCentreEventTypes.centreRegistered, {
      centreId: 'OMS-X',
      hostMunicipalityNumber: '0301',
      statePlaces: 4,
      privatePlaces: 0,
    });
    const foreignSource = { ...arrival, id: 'udi-foreign-1', source: '/bufdir/omsorgssystem' };

    const first = await reception.post<IngestionAnswer>('/reception/ingest', [
      centre,
      arrival,
      invalid,
      bufdirType,
      foreignSource,
    ]);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      accepted: 2,
      duplicates: 0,
      rejected: 3,
      results: [
        { index: 0, id: centre.id, type: centre.type, outcome: 'accepted' },
        { index: 1, id: arrival.id, type: arrival.type, outcome: 'accepted' },
        {
          index: 2,
          id: 'udi-invalid-1',
          outcome: 'rejected',
          reason:
            'no.reception.arrival.registered.v1 data invalid: data must have required property \'date\' "date"',
        },
        {
          index: 3,
          id: bufdirType.id,
          outcome: 'rejected',
          reason: "no.care-centres.centre.registered.v1 is published by Bufdir's systems, not UDI's systems",
        },
        {
          index: 4,
          id: 'udi-foreign-1',
          outcome: 'rejected',
          reason: `source "/bufdir/omsorgssystem" is not one of UDI's systems (it must start with /udi/)`,
        },
      ],
    });

    const again = await reception.post<IngestionAnswer>('/reception/ingest', [arrival, centre]);
    expect(again.body).toMatchObject({
      accepted: 0,
      duplicates: 2,
      rejected: 0,
      results: [
        { index: 0, id: arrival.id, outcome: 'duplicate' },
        { index: 1, id: centre.id, outcome: 'duplicate' },
      ],
    });

    await harness.waitForConsumed();
    const published = harness.probe
      .on(Topics.receptionCentres.name)
      .map((message) => JSON.parse(message.value ?? 'null') as unknown);
    expect(published).toEqual([centre, arrival]);
    const occupancy = await reception.get<{ national: { residents: number; capacity: number } }>(
      '/reception/occupancy',
    );
    expect(occupancy.national).toMatchObject({ residents: 1, capacity: 50 });
  });

  it('answers 400 naming what is wrong with a body that is not a batch of events', async () => {
    const notArray = await reception.post<{ message: string }>('/reception/ingest', { events: [] });
    expect(notArray.status).toBe(400);
    expect(notArray.body.message).toBe('body must be a JSON array of CloudEvents (structured mode)');
    const empty = await careCentres.post<{ message: string }>('/care-centres/ingest', []);
    expect(empty.status).toBe(400);
    expect(empty.body.message).toBe('body must hold 1 to 100 events, not 0');
  });

  it("takes Bufdir's care centres and refuses UDI's event types from Bufdir", async () => {
    const centre = event('/bufdir/omsorgssystem', CareCentreEventTypes.centreRegistered, {
      centreId: 'OMS-ING',
      hostMunicipalityNumber: '0301',
      statePlaces: 6,
      privatePlaces: 2,
    });
    const udiType = event('/bufdir/omsorgssystem', ReceptionEventTypes.centreRegistered, {
      centreId: 'ING-2',
      hostMunicipalityNumber: '0301',
      type: 'ordinary',
      fixedPlaces: 5,
    });
    const answer = await careCentres.post<IngestionAnswer>('/care-centres/ingest', [centre, udiType, centre]);
    expect(answer.body).toEqual({
      accepted: 1,
      duplicates: 1,
      rejected: 1,
      results: [
        { index: 0, id: centre.id, type: centre.type, outcome: 'accepted' },
        {
          index: 1,
          id: udiType.id,
          outcome: 'rejected',
          reason: "no.reception.centre.registered.v1 is published by UDI's systems, not Bufdir's systems",
        },
        { index: 2, id: centre.id, type: centre.type, outcome: 'duplicate' },
      ],
    });
    await harness.waitForConsumed();
    const [row] = await careCentres.query<{ places: number }>(
      'SELECT state_places + private_places AS places FROM care_centres WHERE centre_id = $1',
      ['OMS-ING'],
    );
    expect(row).toEqual({ places: 8 });
  });

  it('dead-letters a known event type on the wrong topic, and a centre in a municipality that does not exist', async () => {
    const arrival = buildEvent('/e2e-tests', eventDefinitionOf(ReceptionEventTypes.arrivalRegistered)!, {
      personId: 'p-ing-0009',
      centreId: 'OMS-ING',
      date: '2026-11-24',
    });
    await harness.sender.sendRaw(Topics.careCentres.name, 'OMS-ING', JSON.stringify(arrival));
    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'NOWHERE-1',
      hostMunicipalityNumber: '9999',
      type: 'ordinary',
      fixedPlaces: 900,
    });
    await harness.sender.send(CareCentreEventTypes.centreRegistered, {
      centreId: 'OMS-NOWHERE',
      hostMunicipalityNumber: '9999',
      statePlaces: 90,
      privatePlaces: 0,
    });
    await harness.waitForConsumed();

    const reasonsOn = (topic: string) =>
      harness.probe.on(`${topic}.dlq`).map((letter) => letter.headers[DeadLetterHeaders.reason]);
    expect(reasonsOn(Topics.careCentres.name)).toEqual([
      'no.reception.arrival.registered.v1 belongs on topic reception.centres, not care-centres.centres',
      'rejected: host municipality "9999" is not in the municipality register',
    ]);
    expect(reasonsOn(Topics.receptionCentres.name)).toEqual([
      'rejected: host municipality "9999" is not in the municipality register',
    ]);
    const occupancy = await reception.get<{ national: { capacity: number } }>('/reception/occupancy');
    expect(occupancy.national.capacity).toBe(50);
    expect(
      await careCentres.query('SELECT 1 FROM care_centres WHERE centre_id = $1', ['OMS-NOWHERE']),
    ).toEqual([]);
  });
});
