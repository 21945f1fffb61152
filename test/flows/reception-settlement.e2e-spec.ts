import { ReceptionEventTypes, ReceptionLifecycleEventTypes, SettlementEventTypes, Topics } from '#contracts';
import { DeadLetterHeaders } from '#messaging';

import { ServiceHarness } from '../support/service-harness.js';

interface Occupancy {
  national: { residents: number; capacity: number };
  centres: { centreId: string; residents: number; capacity: number; status: string }[];
}

describe('people move between reception and settlement by events only', () => {
  const harness = new ServiceHarness('flows');
  const { sender, probe } = harness;
  const reception = harness.service('reception');
  const settlement = harness.service('settlement');
  const occupancy = () => reception.get<Occupancy>('/reception/occupancy');
  const refused = () => probe.on(`${Topics.receptionCentres.name}.dlq`);

  beforeAll(() => harness.start({ reception: {}, settlement: {} }));
  afterAll(() => harness.stop());

  it('moves residents between centres, changes places and status, and refuses arrivals at a closed centre', async () => {
    for (const [centreId, fixedPlaces] of [
      ['FLW-1', 10],
      ['FLW-2', 5],
    ] as const) {
      await sender.send(ReceptionEventTypes.centreRegistered, {
        centreId,
        hostMunicipalityNumber: '3301',
        type: 'ordinary',
        fixedPlaces,
      });
    }
    await harness.waitForConsumed();
    expect((await occupancy()).centres).toHaveLength(2);
    for (const personId of ['p-flow-1', 'p-flow-2']) {
      await sender.send(ReceptionEventTypes.arrivalRegistered, {
        personId,
        centreId: 'FLW-1',
        date: '2026-03-01',
      });
    }
    await sender.send(ReceptionLifecycleEventTypes.transferRegistered, {
      personId: 'p-flow-2',
      fromCentreId: 'FLW-1',
      toCentreId: 'FLW-2',
      date: '2026-04-01',
    });
    await sender.send(ReceptionLifecycleEventTypes.capacityChanged, {
      centreId: 'FLW-1',
      fixedPlaces: 15,
      flexiblePlaces: 5,
      effectiveOn: '2026-04-01',
    });
    await harness.waitForConsumed();
    const { centres } = await occupancy();
    expect(centres.find((c) => c.centreId === 'FLW-2')?.residents).toBe(1);
    expect(centres.find((c) => c.centreId === 'FLW-1')?.capacity).toBe(20);
    expect((await occupancy()).national).toEqual({ residents: 2, capacity: 25, occupancyPercent: 8 });

    await sender.send(ReceptionLifecycleEventTypes.statusChanged, {
      centreId: 'FLW-2',
      status: 'closed',
      effectiveOn: '2026-05-01',
      noticeMonths: 4,
    });
    await sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-flow-3',
      centreId: 'FLW-2',
      date: '2026-05-02',
    });
    await harness.waitForConsumed();
    expect(refused()).toHaveLength(1);
    expect(refused()[0].headers[DeadLetterHeaders.reason]).toBe(
      'rejected: centre "FLW-2" is closed: nobody can arrive there',
    );
    const closed = (await occupancy()).centres.find((c) => c.centreId === 'FLW-2')!;
    expect(closed).toMatchObject({ status: 'closed', capacity: 0, residents: 1 });
  });

  it('hands a resident with a permit to settlement, and frees the place when settlement settles them', async () => {
    await sender.send(ReceptionLifecycleEventTypes.permitGranted, {
      personId: 'p-flow-1',
      centreId: 'FLW-1',
      permitDate: '2026-05-10',
      householdId: 'h-flow-1',
      householdSize: 1,
      unaccompaniedMinor: false,
      ageBand: 'adult',
      familyWithChildren: false,
      needs: ['health-services'],
      mappedOn: '2026-05-20',
    });
    await harness.waitForConsumed();
    const ready = await settlement.get<{
      needs: string[];
      permitDate: string;
      readyOn: string;
      settledOn: string | null;
    }>('/settlement/persons/p-flow-1');
    expect(ready).toMatchObject({
      needs: ['health-services'],
      permitDate: '2026-05-10',
      readyOn: '2026-05-20',
      settledOn: null,
    });

    await sender.send(SettlementEventTypes.personSettled, {
      personId: 'p-flow-1',
      municipalityNumber: '5001',
      settledOn: '2026-07-01',
    });
    await harness.waitForConsumed();
    expect((await occupancy()).centres.find((c) => c.centreId === 'FLW-1')?.residents).toBe(0);
    const settled = await settlement.get<{ settledIn: string }>('/settlement/persons/p-flow-1');
    expect(settled.settledIn).toBe('5001');
  });
});
