import { type EscalationRaised, ReceptionEventTypes, ReceptionLifecycleEventTypes } from '#contracts';

import { ServiceHarness } from '../support/service-harness.js';

describe('arrivals against the forecast, and residents with a permit waiting in reception', () => {
  const harness = new ServiceHarness('forecast');
  const reception = harness.service('reception');
  const send = (type: string, data: object) => harness.sender.send(type, data);
  const raised = (rule: string) =>
    harness.probe
      .events<EscalationRaised>(ReceptionEventTypes.escalationRaised)
      .filter((event) => event.data.rule === rule);

  beforeAll(() => harness.start({ reception: {} }));
  afterAll(() => harness.stop());

  it('warns once arrivals run 25 % or more off the forecast after a week of its period', async () => {
    await send(ReceptionEventTypes.centreRegistered, {
      centreId: 'FC-1',
      hostMunicipalityNumber: '3107',
      type: 'ordinary',
      fixedPlaces: 40,
    });
    await send(ReceptionLifecycleEventTypes.forecastPublished, {
      periodStart: '2026-01-01',
      periodEnd: '2026-01-31',
      expected: 31,
      low: 20,
      high: 45,
      publishedOn: '2025-12-15',
    });
    for (let n = 0; n < 12; n += 1) {
      const day = `2026-01-${String(1 + Math.floor(n / 2)).padStart(2, '0')}`;
      await send(ReceptionEventTypes.arrivalRegistered, {
        personId: `p-fc-${n}`,
        centreId: 'FC-1',
        date: day,
      });
    }
    await harness.waitForConsumed();
    expect(raised('arrivals-off-forecast')).toHaveLength(0); // day 6: under a week into the period

    await send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-fc-12',
      centreId: 'FC-1',
      date: '2026-01-07',
    });
    await harness.waitForConsumed();
    expect(raised('arrivals-off-forecast')).toHaveLength(1);
    expect(raised('arrivals-off-forecast')[0].data.facts.arrivalsAgainstForecast).toEqual([7, 13]);
    const days = await reception.get<{ day: string; residents: number }[]>(
      '/reception/occupancy/days?from=2026-01-01&to=2026-01-07',
    );
    expect(days.map((day) => [day.day, day.residents])).toEqual([
      ['2026-01-01', 2],
      ['2026-01-02', 4],
      ['2026-01-03', 6],
      ['2026-01-04', 8],
      ['2026-01-05', 10],
      ['2026-01-06', 12],
      ['2026-01-07', 13],
    ]);
  });

  it('reports residents who have had a permit for more than 6 months', async () => {
    await send(ReceptionLifecycleEventTypes.permitGranted, {
      personId: 'p-fc-0',
      centreId: 'FC-1',
      permitDate: '2025-06-01',
      householdId: 'h-fc-0',
      householdSize: 1,
      unaccompaniedMinor: false,
      ageBand: 'adult',
      familyWithChildren: false,
      needs: [],
      mappedOn: '2025-06-10',
    });
    await send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-fc-13',
      centreId: 'FC-1',
      date: '2026-01-08',
    });
    await harness.waitForConsumed();
    expect(raised('permits-waiting-in-reception')).toHaveLength(1);
    expect(raised('permits-waiting-in-reception')[0].data.facts.residentsWithPermitBeyondTarget).toBe(1);
  });
});
