import { ResettlementEventTypes, type ResettlementMatched, SettlementEventTypes, Topics } from '#contracts';
import { DeadLetterHeaders } from '#messaging';

import { ServiceHarness } from '../support/service-harness.js';

interface Ranking {
  household: { persons: number; resettlementRefugees: number };
  suggestions: { municipalityNumber: string; freeCapacity: number }[];
}

interface GroupFigures {
  group: string;
  targetMonths: number;
  settled: number;
  settledWithinTarget: number;
  sharePercent: number | null;
}

interface GoalAchievement {
  goal: {
    months: number;
    percent: number;
    settled: number;
    settledWithinTarget: number;
    sharePercent: number;
    met: boolean;
  };
  groups: GroupFigures[];
  needAndDecisions: { need: unknown; requested: number; decided: number; municipalitiesDeciding: number };
  counties: {
    countyNumber: string;
    countyName: string;
    decided: number;
    settled: number;
    settledWithinGoal: number;
    goalMet: boolean | null;
  }[];
  waitingTimes: { medianDaysWaited: number; bands: { band: string; settled: number }[] };
  resettlement: Record<string, number>;
}

describe('resettlement refugees from selection abroad to arrival, and the goal achievement', () => {
  const harness = new ServiceHarness('resettlement');
  const settlement = harness.service('settlement');
  const send = (type: string, data: object) => harness.sender.send(type, data);
  const deadLetters = () =>
    harness.probe
      .on(`${Topics.settlementPersons.name}.dlq`)
      .map((message) => message.headers[DeadLetterHeaders.reason]);

  beforeAll(async () => {
    await harness.start({ settlement: {} });
    for (const [municipalityNumber, total] of [
      ['5001', 10],
      ['1103', 5],
    ] as const) {
      await send(SettlementEventTypes.municipalityDecided, {
        year: 2026,
        municipalityNumber,
        total,
        em: 0,
        decidedOn: '2026-01-20',
      });
    }
    // Two adults who waited in reception.
    for (const [personId, permitDate] of [
      ['p-a1', '2026-01-10'],
      ['p-a2', '2025-09-01'],
    ]) {
      await send(SettlementEventTypes.personReady, {
        personId,
        householdId: `h-${personId}`,
        householdSize: 1,
        permitDate,
        unaccompaniedMinor: false,
        ageBand: 'adult',
        familyWithChildren: false,
        needs: [],
        readyOn: permitDate,
      });
    }
    // A family of two selected for the 2026 quota, permitted and mapped; a third person only selected.
    for (const personId of ['rr-1', 'rr-2', 'rr-3']) {
      await send(ResettlementEventTypes.selected, {
        personId,
        householdId: personId === 'rr-3' ? 'hq-2' : 'hq-1',
        householdSize: personId === 'rr-3' ? 1 : 2,
        quotaYear: 2026,
        unaccompaniedMinor: false,
        ageBand: 'adult',
        familyWithChildren: personId !== 'rr-3',
        selectedOn: '2026-01-15',
      });
    }
    for (const personId of ['rr-1', 'rr-2']) {
      await send(ResettlementEventTypes.entryPermitGranted, { personId, permitDate: '2026-02-01' });
      await send(ResettlementEventTypes.mapped, { personId, needs: [], mappedOn: '2026-02-10' });
    }
    await harness.waitForConsumed();
    expect(deadLetters()).toEqual([]);
  });

  afterAll(() => harness.stop());

  it('waits for settlement from the entry permit, abroad, apart from those in reception', async () => {
    const waiting = await settlement.get<{
      waiting: number;
      inReceptionAndCareCentres: { waiting: number };
      resettlementRefugees: { waiting: number; beyondTarget: number };
    }>('/settlement/waiting?asOf=2026-04-15');
    expect(waiting).toMatchObject({
      waiting: 4,
      inReceptionAndCareCentres: { waiting: 2 },
      resettlementRefugees: { waiting: 2, beyondTarget: 0 },
    });
    const person = await settlement.get<{
      resettlementRefugee: boolean;
      permitDate: string;
      waitingTime: { targetMonths: number; targetDate: string };
    }>('/settlement/persons/rr-1?asOf=2026-04-15');
    expect(person).toMatchObject({
      resettlementRefugee: true,
      permitDate: '2026-02-01',
      waitingTime: { targetMonths: 6, targetDate: '2026-08-01' },
    });
    expect((await settlement.request('GET', '/settlement/persons/rr-3')).status).toBe(404); // not permitted yet
  });

  it('is matched to a municipality before arrival, which reserves its decided capacity and is announced', async () => {
    const ranking = await settlement.get<Ranking>('/settlement/households/hq-1/suggestions?asOf=2026-04-15');
    expect(ranking.household).toMatchObject({ persons: 2, resettlementRefugees: 2 });
    expect(ranking.suggestions[0].municipalityNumber).toBe('5001');
    const placed = await settlement.post('/settlement/households/hq-1/placements?asOf=2026-04-15', {
      municipalityNumber: '5001',
      chosenBy: 'IMDi resettlement team',
    });
    expect(placed).toMatchObject({ status: 201, body: { municipalityNumber: '5001', year: 2026 } });
    await harness.waitForConsumed();
    const matched = harness.probe.events<ResettlementMatched>(ResettlementEventTypes.matched);
    expect(matched.map((event) => event.data)).toEqual([
      expect.objectContaining({
        householdId: 'hq-1',
        municipalityNumber: '5001',
        persons: 2,
        unaccompaniedMinors: 0,
        matchedOn: '2026-04-15',
      }),
    ]);
    expect(matched[0].subject).toBe('hq-1');
    const other = await settlement.get<Ranking>('/settlement/households/h-p-a1/suggestions?asOf=2026-04-15');
    expect(other.suggestions.find((s) => s.municipalityNumber === '5001')?.freeCapacity).toBe(8);
  });

  it('refuses an arrival elsewhere than matched, and settles on arrival in the municipality matched', async () => {
    await send(ResettlementEventTypes.arrived, {
      personId: 'rr-1',
      municipalityNumber: '1103',
      arrivedOn: '2026-06-02',
    });
    await send(ResettlementEventTypes.arrived, {
      personId: 'rr-9',
      municipalityNumber: '5001',
      arrivedOn: '2026-06-02',
    });
    await harness.waitForConsumed();
    expect(deadLetters().sort()).toEqual([
      'rejected: household hq-1 was matched to 5001, not 1103',
      'rejected: the person was never selected for resettlement',
    ]);
    for (const personId of ['rr-1', 'rr-2']) {
      await send(ResettlementEventTypes.arrived, {
        personId,
        municipalityNumber: '5001',
        arrivedOn: '2026-06-02',
      });
    }
    await harness.waitForConsumed();
    expect(deadLetters()).toHaveLength(2);
    const person = await settlement.get<{ settledIn: string; settledOn: string }>('/settlement/persons/rr-2');
    expect(person).toMatchObject({ settledIn: '5001', settledOn: '2026-06-02' });
    expect(
      await settlement.query<{ status: string }>(`SELECT status FROM placements WHERE household_id = 'hq-1'`),
    ).toEqual([{ status: 'settled' }]);
  });

  it("reports IMDi's goal achievement for the year, resettlement refugees as a group of their own", async () => {
    await send(SettlementEventTypes.personSettled, {
      personId: 'p-a1',
      municipalityNumber: '1103',
      settledOn: '2026-03-01',
    });
    await send(SettlementEventTypes.personSettled, {
      personId: 'p-a2',
      municipalityNumber: '1103',
      settledOn: '2026-04-01',
    });
    await harness.waitForConsumed();
    const report = await settlement.get<GoalAchievement>('/settlement/goal-achievement/2026');
    // p-a2 waited 7 months; the others within 6.
    expect(report.goal).toEqual({
      months: 6,
      percent: 90,
      settled: 4,
      settledWithinTarget: 3,
      sharePercent: 75,
      met: false,
    });
    expect(report.groups.find((g) => g.group === 'resettlement-refugees')).toEqual({
      group: 'resettlement-refugees',
      targetMonths: 6,
      settled: 2,
      settledWithinTarget: 2,
      sharePercent: 100,
      medianDaysWaited: 121,
    });
    expect(report.groups.find((g) => g.group === 'others')).toMatchObject({
      settled: 2,
      settledWithinTarget: 1,
    });
    expect(report.needAndDecisions).toMatchObject({
      need: null,
      requested: 0,
      decided: 15,
      municipalitiesDeciding: 2,
    });
    expect(report.counties).toHaveLength(15);
    expect(report.counties.find((c) => c.countyNumber === '11')).toMatchObject({
      countyName: 'Rogaland',
      decided: 5,
      settled: 2,
      settledWithinGoal: 1,
      goalMet: false,
    });
    expect(report.counties.find((c) => c.countyNumber === '50')).toMatchObject({
      decided: 10,
      settled: 2,
      settledWithinGoal: 2,
      goalMet: true,
    });
    expect(report.waitingTimes.bands.map((band) => band.settled)).toEqual([1, 2, 1, 0, 0]);
    expect(report.resettlement).toEqual({
      quotaYear: 2026,
      selected: 3,
      withEntryPermit: 2,
      mapped: 2,
      arrived: 2,
      settledInYear: 2,
      settledWithinTarget: 2,
    });

    const csv = await settlement.fetch('/settlement/goal-achievement/2026?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\n');
    expect(lines).toContain('goal,2026,90 % settled within 6 months of the permit,,,,4,3,75,6');
    expect(lines).toContain(
      'group,resettlement-refugees,resettlement refugees (from the entry permit),,,,2,2,100,6',
    );
    expect(lines).toContain('county,50,Trøndelag,,0,10,2,2,100,6');

    const badYear = await settlement.request<{ message: string[] }>('GET', '/settlement/goal-achievement/19');
    expect(badYear.status).toBe(400);
    expect(JSON.stringify(badYear.body)).toContain('year must not be less than 2000');
  });
});
