import { randomUUID } from 'node:crypto';

import { SettlementEventTypes } from '#contracts';

import { ServiceHarness } from '../support/service-harness.js';

interface Answer {
  status: number;
  body: { message?: unknown; field?: string };
}

describe('the settlement service answers bad input with a 4xx naming the field, never a 500', () => {
  const harness = new ServiceHarness('settlement-bad-input');
  const settlement = harness.service('settlement');
  const get = (path: string) => settlement.request<Answer['body']>('GET', path) as Promise<Answer>;
  const post = (path: string, body: unknown) =>
    settlement.post<Answer['body']>(path, body) as Promise<Answer>;

  beforeAll(async () => {
    await harness.start({ settlement: {} });
    await harness.sender.send(SettlementEventTypes.municipalityDecided, {
      year: 2026,
      municipalityNumber: '5001',
      total: 10,
      em: 0,
      decidedOn: '2026-02-01',
    });
    await harness.sender.send(SettlementEventTypes.personReady, {
      personId: 'p-bad-1',
      householdId: 'h-bad',
      householdSize: 1,
      permitDate: '2026-06-01',
      unaccompaniedMinor: false,
      ageBand: 'adult',
      familyWithChildren: false,
      needs: [],
      readyOn: '2026-06-15',
    });
    await harness.waitForConsumed();
    expect(await settlement.processedCount()).toBe(2);
  });

  afterAll(() => harness.stop());

  it('a placement in a municipality that does not exist: 404 naming municipalityNumber', async () => {
    const placement = await post('/settlement/households/h-bad/placements?asOf=2026-11-24', {
      municipalityNumber: '9999',
      chosenBy: 'caseworker 17',
      reason: 'a reason',
    });
    expect(placement).toMatchObject({ status: 404, body: { field: 'municipalityNumber' } });
    const withoutReason = await post('/settlement/households/h-bad/placements?asOf=2026-11-24', {
      municipalityNumber: '9999',
      chosenBy: 'caseworker 17',
    });
    expect(withoutReason).toMatchObject({ status: 404, body: { field: 'municipalityNumber' } });
    const top = await post('/settlement/households/h-bad/placements?asOf=2026-11-24', {
      municipalityNumber: '5001',
      chosenBy: 'caseworker 17',
    });
    expect(top).toMatchObject({ status: 201, body: { municipalityNumber: '5001', rank: 1 } });
  });

  it('unknown households, people, years and distributions: 404 naming the field', async () => {
    expect(await get('/settlement/households/h-nobody/suggestions')).toMatchObject({
      status: 404,
      body: { field: 'householdId' },
    });
    expect(await get('/settlement/persons/p-nobody')).toMatchObject({
      status: 404,
      body: { field: 'personId' },
    });
    expect(await get('/settlement/need/2031')).toMatchObject({ status: 404, body: { field: 'year' } });
    expect(await get('/settlement/requests/2031')).toMatchObject({ status: 404, body: { field: 'year' } });
    expect(await get(`/settlement/requests/distributions/${randomUUID()}`)).toMatchObject({
      status: 404,
      body: { field: 'id' },
    });
    expect(await post(`/settlement/requests/distributions/${randomUUID()}/issue`, {})).toMatchObject({
      status: 404,
      body: { field: 'id' },
    });
  });

  it('a distribution without a need, and indicators for a municipality that does not exist: 422 naming the field', async () => {
    const distribution = await post('/settlement/requests/distribute', { year: 2031 });
    expect(distribution).toMatchObject({ status: 422, body: { field: 'total' } });
    expect(JSON.stringify(distribution.body)).toContain('There is no settlement need for 2031');
    const indicators = await post('/settlement/indicators', {
      suppliedBy: 'IMDi analysis',
      csv: 'kommunenummer,employmentRate\n9999,70\n',
    });
    expect(indicators).toMatchObject({ status: 422, body: { field: 'csv' } });
    expect(JSON.stringify(indicators.body)).toContain('indicators, line 2: 9999 is not a municipality');
  });

  it('impossible dates and unknown formats: 400 naming the field', async () => {
    const waiting = await get('/settlement/waiting?asOf=2026-02-30');
    expect(waiting.status).toBe(400);
    expect(JSON.stringify(waiting.body)).toContain('asOf must be a date that exists');
    const checks = await post('/settlement/checks', { asOf: '2026-13-01' });
    expect(checks.status).toBe(400);
    expect(JSON.stringify(checks.body)).toContain('asOf must be a date that exists');
    const csv = await get('/settlement/requests/2026?format=xml');
    expect(csv.status).toBe(400);
    expect(JSON.stringify(csv.body)).toContain('format must be json or csv');
    const goalFormat = await get('/settlement/goal-achievement/2026?format=xlsx');
    expect(goalFormat.status).toBe(400);
    expect(JSON.stringify(goalFormat.body)).toContain('format must be json or csv');
    const goalYear = await get('/settlement/goal-achievement/next');
    expect(goalYear.status).toBe(400);
    expect(JSON.stringify(goalYear.body)).toContain('year must be a whole number');
  });

  it('a cancellation without a reason or of a placement that is not a number: 400; of none: 404', async () => {
    const withoutReason = await post('/settlement/households/h-bad/placements/1/cancel', {});
    expect(withoutReason.status).toBe(400);
    expect(JSON.stringify(withoutReason.body)).toContain('reason should not be empty');
    const notANumber = await post('/settlement/households/h-bad/placements/first/cancel', { reason: 'r' });
    expect(notANumber.status).toBe(400);
    const none = await post('/settlement/households/h-bad/placements/987654/cancel', { reason: 'r' });
    expect(none).toMatchObject({ status: 404, body: { field: 'placementId' } });
  });
});
