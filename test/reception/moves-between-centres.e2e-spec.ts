import { ReceptionEventTypes, Topics } from '#contracts';

import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';

const centres = Topics.receptionCentres.name;
const candidates = ['MOVE-1', 'MOVE-2', 'MOVE-3', 'MOVE-4', 'MOVE-5', 'MOVE-6', 'MOVE-7', 'MOVE-8'];
const person = (n: number) => `p-move-${String(n).padStart(4, '0')}`;

describe('people moving between centres on different partitions, the departure delayed', () => {
  const harness = new ServiceHarness('moves');
  const reception = harness.service('reception');
  const openStays = () =>
    reception.query<{ person_id: string; centre_id: string }>(
      'SELECT person_id, centre_id FROM stays WHERE departed_on IS NULL ORDER BY person_id',
    );

  beforeAll(() => harness.start({ reception: {} }));
  afterAll(() => harness.stop());

  it('parks the arrival until the departure from the other centre comes, and dead-letters nothing', async () => {
    for (const centreId of candidates) {
      await harness.sender.send(ReceptionEventTypes.centreRegistered, {
        centreId,
        hostMunicipalityNumber: '0301',
        type: 'ordinary',
        fixedPlaces: 20,
      });
    }
    await harness.waitForConsumed();
    // Two centres whose events travel on different partitions (the topic is keyed by centre id).
    const partitionOf = new Map(harness.probe.on(centres).map((message) => [message.key, message.partition]));
    const from = candidates[0];
    const to = candidates.find((centreId) => partitionOf.get(centreId) !== partitionOf.get(from))!;
    expect(partitionOf.get(to)).not.toBe(partitionOf.get(from));

    const people = [1, 2, 3];
    for (const n of people) {
      await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
        personId: person(n),
        centreId: from,
        date: '2026-11-01',
      });
    }
    await harness.waitForConsumed();
    // The arrivals at the new centre come first; the departures from the old one are late.
    for (const n of people) {
      await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
        personId: person(n),
        centreId: to,
        date: '2026-11-05',
      });
    }
    await waitUntil(
      'the early arrivals to be parked',
      async () =>
        (await reception.query(`SELECT 1 FROM parked_events WHERE kind = 'not-yet-processable'`)).length ===
        people.length,
      { timeoutMs: 60000 },
    );
    await harness.waitForConsumed();
    expect((await openStays()).map((stay) => stay.centre_id)).toEqual(people.map(() => from));

    for (const n of people) {
      await harness.sender.send(ReceptionEventTypes.departureRegistered, {
        personId: person(n),
        centreId: from,
        date: '2026-11-05',
        reason: 'other',
      });
    }
    await harness.waitForConsumed();
    await waitUntil(
      'the parked arrivals to be applied',
      async () => (await reception.query('SELECT 1 FROM parked_events')).length === 0,
      { timeoutMs: 60000 },
    );

    expect(await openStays()).toEqual(people.map((n) => ({ person_id: person(n), centre_id: to })));
    const counters = await reception.query<{ subject: string; residents: number }>(
      `SELECT subject, residents FROM occupancy_counters WHERE subject IN ($1, $2) ORDER BY subject`,
      [`centre:${from}`, `centre:${to}`],
    );
    expect(counters.map(({ subject, residents }) => [subject, Number(residents)])).toEqual(
      [
        [`centre:${from}`, 0],
        [`centre:${to}`, people.length],
      ].sort(),
    );
    expect(harness.probe.on(`${centres}.dlq`)).toHaveLength(0);
  });
});
