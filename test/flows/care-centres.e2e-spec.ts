import {
  CareCentreEventTypes,
  type EscalationRaised,
  type EscalationResolved,
  ReceptionEventTypes,
  SettlementEventTypes,
  Topics,
} from '#contracts';
import { DeadLetterHeaders } from '#messaging';

import { ServiceHarness } from '../support/service-harness.js';

interface CareOccupancy {
  national: { children: number; places: number; occupancyPercent: number | null; awaitingPlacement: number };
}

describe('unaccompanied minors under 15: from reception to a care centre to settlement', () => {
  const harness = new ServiceHarness('care');
  const { sender, probe } = harness;
  const reception = harness.service('reception');
  const settlement = harness.service('settlement');
  const care = harness.service('care-centres');
  const careOccupancy = async () => (await care.get<CareOccupancy>('/care-centres/occupancy')).national;
  const raised = (rule: string) =>
    probe.events<EscalationRaised>(CareCentreEventTypes.escalationRaised).filter((e) => e.data.rule === rule);
  const resolved = (rule: string) =>
    probe
      .events<EscalationResolved>(CareCentreEventTypes.escalationResolved)
      .filter((e) => e.data.rule === rule);

  // The flow replays days of 2026: checks from its first day on change escalations (earlier ones preview).
  beforeAll(() =>
    harness.start({ reception: {}, settlement: {}, 'care-centres': { CHECKS_APPLY_FROM: '2026-01-01' } }),
  );
  afterAll(() => harness.stop());

  it('hands a child under 15 to Bufdir on arrival, and refuses a 16-year-old at an ordinary centre', async () => {
    await sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'RAA-1',
      hostMunicipalityNumber: '3103',
      type: 'ordinary',
      fixedPlaces: 10,
    });
    await harness.waitForConsumed();
    expect((await reception.get<{ centres: unknown[] }>('/reception/occupancy')).centres).toHaveLength(1);
    await sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'c-minor-1',
      centreId: 'RAA-1',
      date: '2025-12-01',
      unaccompaniedMinor: 'under-15',
    });
    await sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'c-minor-9',
      centreId: 'RAA-1',
      date: '2025-12-01',
      unaccompaniedMinor: '15-18',
    });
    await harness.waitForConsumed();
    expect((await care.request('GET', '/care-centres/children/c-minor-1')).status).toBe(200);
    expect((await careOccupancy()).awaitingPlacement).toBe(1);
    expect(
      (await reception.get<{ national: { residents: number } }>('/reception/occupancy')).national.residents,
    ).toBe(0);
    expect(probe.on(`${Topics.receptionCentres.name}.dlq`)).toHaveLength(1);
    expect(probe.on(`${Topics.receptionCentres.name}.dlq`)[0].headers[DeadLetterHeaders.reason]).toContain(
      'unaccompanied minors aged 15–18 live in EM centres',
    );
  });

  it('places children in care centres and escalates when places run out', async () => {
    await sender.send(CareCentreEventTypes.centreRegistered, {
      centreId: 'OMS-1',
      hostMunicipalityNumber: '3103',
      statePlaces: 2,
      privatePlaces: 0,
    });
    await sender.send(CareCentreEventTypes.childPlaced, {
      personId: 'c-minor-1',
      centreId: 'OMS-1',
      date: '2025-12-02',
    });
    // Everything the placement causes has happened (consumers caught up, outboxes sent, probe drained)
    // before "no escalation" is asserted: an escalation raised late would be seen here.
    await harness.waitForConsumed();
    expect((await careOccupancy()).children).toBe(1);
    expect(raised('care-places-nearly-full')).toHaveLength(0);
    await sender.send(CareCentreEventTypes.minorHandedOver, {
      personId: 'c-minor-2',
      arrivedOn: '2025-12-03',
      receptionCentreId: 'RAA-1',
    });
    await sender.send(CareCentreEventTypes.childPlaced, {
      personId: 'c-minor-2',
      centreId: 'OMS-1',
      date: '2025-12-04',
    });
    await harness.waitForConsumed();
    expect(raised('care-places-nearly-full')).toHaveLength(1);
    expect(await careOccupancy()).toMatchObject({
      children: 2,
      places: 2,
      occupancyPercent: 100,
      awaitingPlacement: 0,
    });
  });

  it('makes a child with a permit settlement-ready, escalates the long wait, and frees the place on settlement', async () => {
    await sender.send(CareCentreEventTypes.permitGranted, {
      personId: 'c-minor-1',
      centreId: 'OMS-1',
      permitDate: '2026-01-10',
      needs: ['mental-health-services'],
      mappedOn: '2026-01-20',
    });
    await harness.waitForConsumed();
    const ready = await settlement.get<{ unaccompaniedMinor: boolean; ageBand: string; needs: string[] }>(
      '/settlement/persons/c-minor-1',
    );
    expect(ready).toMatchObject({
      unaccompaniedMinor: true,
      ageBand: 'under-15',
      needs: ['mental-health-services'],
    });

    const checks = await care.post('/care-centres/checks', { asOf: '2026-05-01' });
    expect(checks.status).toBe(200);
    await harness.waitForConsumed();
    expect(raised('child-waiting-past-target')).toHaveLength(1);
    const [longWait] = raised('child-waiting-past-target');
    expect(longWait.data.subject).toBe('child:c-minor-1');
    expect(longWait.data.facts.childDaysPastTarget).toBeGreaterThan(0);

    await sender.send(SettlementEventTypes.personSettled, {
      personId: 'c-minor-1',
      municipalityNumber: '4601',
      settledOn: '2026-05-05',
    });
    await harness.waitForConsumed();
    expect((await careOccupancy()).children).toBe(1);
    expect(resolved('child-waiting-past-target')).toHaveLength(1);
    expect(resolved('care-places-nearly-full')).toHaveLength(1);
    expect((await care.get<{ leftReason: string }>('/care-centres/children/c-minor-1')).leftReason).toBe(
      'settled',
    );
  });

  it('escalates when the children waiting beyond 3 months rise three weeks in a row', async () => {
    await sender.send(CareCentreEventTypes.centreRegistered, {
      centreId: 'OMS-2',
      hostMunicipalityNumber: '3103',
      statePlaces: 6,
      privatePlaces: 4,
    });
    const permits = ['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23'];
    for (const [n, permitDate] of permits.entries()) {
      await sender.send(CareCentreEventTypes.childPlaced, {
        personId: `c-trend-${n}`,
        centreId: 'OMS-2',
        date: '2026-01-15',
      });
      await sender.send(CareCentreEventTypes.permitGranted, {
        personId: `c-trend-${n}`,
        centreId: 'OMS-2',
        permitDate,
        needs: [],
        mappedOn: permitDate,
      });
    }
    await harness.waitForConsumed();
    expect(
      (await care.get<{ permitDate: string | null }>('/care-centres/children/c-trend-3')).permitDate,
    ).not.toBeNull();
    for (const asOf of ['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25']) {
      const response = await care.post('/care-centres/checks', { asOf });
      expect(response.status).toBe(200);
    }
    await harness.waitForConsumed();
    expect(raised('care-long-waits-rising')).toHaveLength(1);
    // It fires on the third rise in a row of the weekly count of children beyond 3 months.
    const weekly = raised('care-long-waits-rising')[0].data.facts.childrenBeyondTargetPerWeek as number[];
    const lastSteps = weekly.slice(-4);
    expect(lastSteps.every((count, index) => index === 0 || count > lastSteps[index - 1])).toBe(true);
  });
});
