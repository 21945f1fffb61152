import { SettlementEventTypes } from '#contracts';

import { ServiceHarness } from '../support/service-harness.js';

interface Ranking {
  household: { persons: number; unaccompaniedMinors: number; needs: string[] };
  suggestions: {
    rank: number;
    municipalityNumber: string;
    points: number;
    freeCapacity: number;
    reasons: { rule: string; reason: string }[];
  }[];
  excluded: Record<string, number>;
}

const ASOF = '2026-11-24';

describe('settlement-ready people, waiting times and matching', () => {
  const harness = new ServiceHarness('matching');
  const settlement = harness.service('settlement');
  const send = (type: string, data: object) => harness.sender.send(type, data);
  const ready = (personId: string, householdId: string, extra: Record<string, unknown> = {}) =>
    send(SettlementEventTypes.personReady, {
      personId,
      householdId,
      householdSize: 1,
      permitDate: '2026-06-01',
      unaccompaniedMinor: false,
      ageBand: 'adult',
      familyWithChildren: false,
      needs: [],
      readyOn: '2026-06-15',
      ...extra,
    });

  beforeAll(async () => {
    await harness.start({ settlement: {} });
    for (const [municipalityNumber, total, em] of [
      ['5001', 30, 5],
      ['1103', 12, 0],
      ['3403', 3, 0],
    ] as const) {
      await send(SettlementEventTypes.municipalityDecided, {
        year: 2026,
        municipalityNumber,
        total,
        em,
        decidedOn: '2026-02-01',
      });
    }
    const indicators = await settlement.post('/settlement/indicators', {
      suppliedBy: 'IMDi analysis',
      csv: 'kommunenummer,employmentRate,offersHealthServices\n5001,72,true\n1103,75,false\n3403,66,\n',
    });
    expect(indicators).toMatchObject({ status: 200, body: { values: 5 } });
    const family = { householdSize: 3, familyWithChildren: true, permitDate: '2026-05-01' };
    await ready('p-fam-1', 'h-family', family);
    await ready('p-fam-2', 'h-family', family);
    await ready('p-fam-3', 'h-family', family);
    await ready('p-em-1', 'h-minor', {
      unaccompaniedMinor: true,
      ageBand: '15-18',
      permitDate: '2026-09-01',
      readyOn: '2026-09-10',
    });
    await ready('p-need-1', 'h-need', { needs: ['health-services'], permitDate: '2025-12-01' });
    await harness.waitForConsumed();
  });

  afterAll(() => harness.stop());

  it('ranks municipalities with room for the household, with the reasons for each', async () => {
    const ranking = await settlement.get<Ranking>(`/settlement/households/h-family/suggestions?asOf=${ASOF}`);
    expect(ranking.household).toMatchObject({ persons: 3, unaccompaniedMinors: 0 });
    expect(ranking.suggestions.map((s) => s.municipalityNumber)).toEqual(['5001', '1103', '3403']);
    expect(ranking.suggestions[0].reasons.map((r) => r.rule)).toEqual(
      expect.arrayContaining(['room-to-spare', 'work-opportunities', 'families-where-services-for-children']),
    );
    expect(ranking.excluded['no decision to settle this year']).toBe(354);
  });

  it('places unaccompanied minors only where the decision includes them, and special needs only where the service exists', async () => {
    const minor = await settlement.get<Ranking>(`/settlement/households/h-minor/suggestions?asOf=${ASOF}`);
    expect(minor.suggestions.map((s) => s.municipalityNumber)).toEqual(['5001']);
    expect(minor.excluded['the decision does not include (enough) unaccompanied minors']).toBe(2);
    const need = await settlement.get<Ranking>(`/settlement/households/h-need/suggestions?asOf=${ASOF}`);
    expect(need.suggestions.map((s) => s.municipalityNumber)).toEqual(['5001']);
    expect(need.excluded['no health services']).toBe(2);
  });

  it('records a choice that departs from the top suggestion only with a reason', async () => {
    const without = await settlement.post(`/settlement/households/h-family/placements?asOf=${ASOF}`, {
      municipalityNumber: '1103',
      chosenBy: 'caseworker 17',
    });
    expect(without.status).toBe(422);
    expect(JSON.stringify(without.body)).toContain(
      'reason is required: 1103 is not the top suggestion (5001)',
    );
    const withReason = await settlement.post(`/settlement/households/h-family/placements?asOf=${ASOF}`, {
      municipalityNumber: '1103',
      chosenBy: 'caseworker 17',
      reason: 'relatives live in Stavanger',
    });
    expect(withReason).toMatchObject({
      status: 201,
      body: { municipalityNumber: '1103', topSuggestion: '5001', rank: 2 },
    });
  });

  it('never lets a reason override a hard constraint, and names the constraint', async () => {
    const noService = await settlement.post(`/settlement/households/h-need/placements?asOf=${ASOF}`, {
      municipalityNumber: '1103',
      chosenBy: 'caseworker 17',
      reason: 'the family insists',
    });
    expect(noService).toMatchObject({
      status: 422,
      body: {
        field: 'municipalityNumber',
        message: '1103 is excluded by a hard constraint (no health services), which no reason overrides',
      },
    });
    const noDecision = await settlement.post(`/settlement/households/h-need/placements?asOf=${ASOF}`, {
      municipalityNumber: '0301',
      chosenBy: 'caseworker 17',
      reason: 'relatives in Oslo',
    });
    expect(noDecision).toMatchObject({ status: 422, body: { field: 'municipalityNumber' } });
    expect(JSON.stringify(noDecision.body)).toContain('no decision to settle this year');
    const [{ count }] = await settlement.query<{ count: string }>(
      `SELECT count(*) FROM placements WHERE household_id = 'h-need'`,
    );
    expect(Number(count)).toBe(0);
  });

  it('keeps one open placement per household: a second is a 409 until the first is cancelled', async () => {
    const second = await settlement.post(`/settlement/households/h-family/placements?asOf=${ASOF}`, {
      municipalityNumber: '5001',
      chosenBy: 'caseworker 17',
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ field: 'householdId' });
    expect(JSON.stringify(second.body)).toContain('already has an open placement');
  });

  it('reserves the capacity a placement holds until it is cancelled', async () => {
    await ready('p-single', 'h-single');
    await harness.waitForConsumed();
    const freeIn1103 = async () =>
      (
        await settlement.get<Ranking>(`/settlement/households/h-single/suggestions?asOf=${ASOF}`)
      ).suggestions.find((s) => s.municipalityNumber === '1103')?.freeCapacity;
    expect(await freeIn1103()).toBe(9); // 12 decided, 3 held for the family placed there

    const [placement] = await settlement.query<{ placement_id: string }>(
      `SELECT placement_id FROM placements WHERE household_id = 'h-family' AND status = 'open'`,
    );
    const cancelPath = `/settlement/households/h-family/placements/${placement.placement_id}/cancel`;
    const cancelled = await settlement.post(cancelPath, { reason: 'the family declined Stavanger' });
    expect(cancelled).toMatchObject({
      status: 200,
      body: { status: 'cancelled', cancellationReason: 'the family declined Stavanger' },
    });
    expect(await freeIn1103()).toBe(12);
    expect((await settlement.post(cancelPath, { reason: 'again' })).status).toBe(409);

    const again = await settlement.post(`/settlement/households/h-family/placements?asOf=${ASOF}`, {
      municipalityNumber: '1103',
      chosenBy: 'caseworker 17',
      reason: 'relatives live in Stavanger after all',
    });
    expect(again).toMatchObject({ status: 201, body: { municipalityNumber: '1103', status: 'open' } });
    expect(await freeIn1103()).toBe(9);

    // Settled without a placement (the municipality found a home itself): counted as settled, nothing reserved.
    await send(SettlementEventTypes.personSettled, {
      personId: 'p-single',
      municipalityNumber: '3403',
      settledOn: '2026-11-21',
    });
    await harness.waitForConsumed();
  });

  it('uses up decided capacity as people are settled', async () => {
    for (const personId of ['p-fam-1', 'p-fam-2', 'p-fam-3']) {
      await send(SettlementEventTypes.personSettled, {
        personId,
        municipalityNumber: '1103',
        settledOn: '2026-11-20',
      });
    }
    await harness.waitForConsumed();
    const ranking = await settlement.get<Ranking>(`/settlement/households/h-need/suggestions?asOf=${ASOF}`);
    expect(ranking.suggestions[0].freeCapacity).toBe(30);
    const placements = await settlement.query<{ household_id: string; status: string }>(
      `SELECT household_id, status FROM placements ORDER BY placement_id`,
    );
    expect(placements).toEqual([
      { household_id: 'h-family', status: 'cancelled' },
      { household_id: 'h-family', status: 'settled' },
    ]);
    const afterSettling = await settlement.get<Ranking>(
      `/settlement/households/h-minor/suggestions?asOf=${ASOF}`,
    );
    expect(afterSettling.suggestions).toHaveLength(1);
    const family = await settlement.fetch(`/settlement/households/h-family/suggestions?asOf=${ASOF}`);
    expect(family.status).toBe(404);
  });

  it('reports waiting times against the targets, for each group', async () => {
    const waiting = await settlement.get<{
      waiting: number;
      beyondTarget: number;
      unaccompaniedMinors: { waiting: number; beyondTarget: number };
      others: { waiting: number; beyondTarget: number };
    }>(`/settlement/waiting?asOf=${ASOF}`);
    expect(waiting).toMatchObject({ waiting: 2, beyondTarget: 1 });
    expect(waiting.unaccompaniedMinors).toMatchObject({ waiting: 1, beyondTarget: 0 });
    expect(waiting.others).toMatchObject({ waiting: 1, beyondTarget: 1 });
    const person = await settlement.get<{
      waitingTime: { targetMonths: number; targetDate: string; beyondTarget: boolean };
    }>(`/settlement/persons/p-need-1?asOf=${ASOF}`);
    expect(person.waitingTime).toEqual(
      expect.objectContaining({ targetMonths: 6, targetDate: '2026-06-01', beyondTarget: true }),
    );
  });
});
