import { CareCentreEventTypes, Topics } from '#contracts';
import { DeadLetterHeaders } from '#messaging';

import { ServiceHarness } from '../support/service-harness.js';

describe('care centres: what is refused, and how', () => {
  const deadLetters = `${Topics.careCentres.name}.dlq`;
  const harness = new ServiceHarness('care-refusals');
  const care = harness.service('care-centres');
  const reasons = () =>
    harness.probe.on(deadLetters).map((letter) => letter.headers[DeadLetterHeaders.reason]);

  beforeAll(async () => {
    await harness.start({ 'care-centres': {} });
    for (const centreId of ['REF-1', 'REF-2'])
      await harness.sender.send(CareCentreEventTypes.centreRegistered, {
        centreId,
        hostMunicipalityNumber: '3103',
        statePlaces: 2,
        privatePlaces: 0,
      });
    await harness.sender.send(CareCentreEventTypes.childPlaced, {
      personId: 'c-ref-1',
      centreId: 'REF-1',
      date: '2026-01-05',
    });
    await harness.waitForConsumed();
    expect(await care.get<{ centreId: string }>('/care-centres/children/c-ref-1')).toMatchObject({
      centreId: 'REF-1',
    });
  });
  afterAll(() => harness.stop());

  it('dead-letters events that contradict the care records, saying why', async () => {
    await harness.sender.send(CareCentreEventTypes.childLeft, {
      personId: 'c-ref-1',
      centreId: 'REF-2',
      date: '2026-02-01',
      reason: 'other',
    });
    await harness.sender.send(CareCentreEventTypes.permitGranted, {
      personId: 'c-ref-1',
      centreId: 'REF-1',
      permitDate: '2026-02-10',
      needs: [],
      mappedOn: '2026-02-01',
    });
    await harness.sender.send(CareCentreEventTypes.childLeft, {
      personId: 'c-unknown',
      centreId: 'REF-1',
      date: '2026-02-01',
      reason: 'other',
    });
    await harness.probe.waitFor('three dead letters', () => reasons().length === 3);
    // Events are keyed by centre, so letters about different centres may come in any order.
    expect(reasons().sort()).toEqual([
      'rejected: mapped before the permit was granted',
      'rejected: no child "c-unknown" is in care',
      'rejected: the child is not placed at care centre "REF-2"',
    ]);
    expect(await care.get('/care-centres/children/c-ref-1')).toMatchObject({
      centreId: 'REF-1',
      leftCareOn: null,
      permitDate: null,
    });
  });

  it('answers an unknown child with 404 and an impossible day with 400, naming the field', async () => {
    const unknown = await care.fetch('/care-centres/children/c-nobody');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ message: 'No child c-nobody in care', field: 'personId' });

    const impossible = await care.post('/care-centres/checks', { asOf: '2026-02-30' });
    expect(impossible.status).toBe(400);
    expect(JSON.stringify(impossible.body)).toContain('asOf must be a date that exists');
  });
});
