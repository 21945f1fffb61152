import { readFileSync } from 'node:fs';

import { type RequestIssued, SettlementEventTypes } from '#contracts';
import type { RuleSetDocument } from '#rules';

import { SeedReferenceData } from '../../apps/settlement/src/municipalities/use-cases/seed-reference-data.js';
import { ServiceHarness } from '../support/service-harness.js';

interface Distribution {
  distributionId: string;
  status: string;
  year: number;
  total: number;
  em: number;
  basedOnEstimate: number | null;
  ruleSet: { id: string; version: string };
  emUnder15: number | null;
  em15To18: number | null;
  warnings: string[];
  municipalities: {
    kommunenummer: string;
    requested: number;
    em: number;
    emUnder15: number;
    em15To18: number;
    explanation: { criteria: unknown[]; minimum: number };
  }[];
  differences?: { kommunenummer: string; change: number }[];
}

describe('requests to municipalities in the settlement service', () => {
  const harness = new ServiceHarness('requests');
  const settlement = harness.service('settlement');
  let draft: Distribution;

  beforeAll(() => harness.start({ settlement: {} }));
  afterAll(() => harness.stop());

  it('seeds the reference data, and seeding again changes nothing', async () => {
    const counts = async () =>
      (
        await settlement.query<{ municipalities: string; counties: string; figures: string }>(
          `SELECT (SELECT count(*) FROM municipalities) AS municipalities, (SELECT count(*) FROM counties) AS counties,
                  (SELECT count(*) FROM settlement_figures WHERE year = 2025) AS figures`,
        )
      )[0];
    expect(await counts()).toEqual({ municipalities: '357', counties: '15', figures: '357' });
    await settlement.app.app.get(SeedReferenceData).onModuleInit();
    expect(await counts()).toEqual({ municipalities: '357', counties: '15', figures: '357' });
    const [lastYear] = await settlement.query<{ figures: string }>(
      `SELECT count(*) AS figures FROM settlement_figures WHERE year = 2024`,
    );
    expect(lastYear.figures).toBe('357');
  });

  it('keeps every estimate of the need and uses the latest', async () => {
    for (const [total, estimatedOn] of [
      [13500, '2025-06-01'],
      [13000, '2025-10-15'],
    ] as const) {
      await harness.sender.send(SettlementEventTypes.needEstimated, {
        year: 2026,
        total,
        emUnder15: 80,
        em15To18: 571,
        source: 'national committee',
        estimatedOn,
      });
    }
    await harness.waitForConsumed();
    const need = await settlement.get<{ current: { total: number }; history: unknown[] }>(
      '/settlement/need/2026',
    );
    expect(need.current.total).toBe(13000);
    expect(need.history).toHaveLength(2);
  });

  it('distributes the need in force over all 357 municipalities, exactly, with explanations', async () => {
    // Drafted by a policy author: a policy approver issues it (four eyes).
    const response = await settlement
      .as('policy-author-imdi')
      .post('/settlement/requests/distribute', { year: 2026 });
    expect(response.status).toBe(201);
    draft = response.body as Distribution;
    expect(draft).toMatchObject({
      status: 'draft',
      total: 13000,
      em: 651,
      emUnder15: 80,
      em15To18: 571,
      ruleSet: { id: 'settlement-request-criteria', version: '2.0.0' },
    });
    expect(draft.basedOnEstimate).not.toBeNull();
    expect(draft.municipalities).toHaveLength(357);
    expect(draft.municipalities.reduce((sum, m) => sum + m.requested, 0)).toBe(13000);
    expect(draft.municipalities.reduce((sum, m) => sum + m.em, 0)).toBe(651);
    expect(draft.municipalities.reduce((sum, m) => sum + m.emUnder15, 0)).toBe(80);
    for (const m of draft.municipalities)
      if (m.requested > 0) expect(m.requested).toBeGreaterThanOrEqual(m.explanation.minimum);
    expect(
      draft.municipalities.find((m) => m.kommunenummer === '0301')!.explanation.criteria.length,
    ).toBeGreaterThan(0);
  });

  it('answers what-if with candidate criteria as the difference per municipality', async () => {
    const criteria = JSON.parse(
      readFileSync('rules/settlement/request-criteria.json', 'utf8'),
    ) as RuleSetDocument;
    criteria.version = '2.1.0';
    const continuity = criteria.rules.find((rule) => rule.name === 'weight-continuity')!;
    continuity.event.params = { ...continuity.event.params, weight: 0.8 };
    const response = await settlement.post('/settlement/requests/distribute', { year: 2026, criteria });
    expect(response.status).toBe(201);
    const whatIf = response.body as Distribution;
    expect(whatIf.ruleSet.version).toBe('2.1.0');
    expect(whatIf.differences!.length).toBeGreaterThan(0);
    expect(whatIf.differences!.reduce((sum, d) => sum + d.change, 0)).toBe(0);

    const invalid = structuredClone(criteria);
    invalid.rules[0].event.params = { reason: 5 };
    const refused = await settlement.post('/settlement/requests/distribute', {
      year: 2026,
      criteria: invalid,
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('$.rules[0].event.params.reason');
  });

  it('issues the requests: one settlement.request.issued per municipality, and a CSV of them', async () => {
    const issued = await settlement
      .as('policy-approver-imdi')
      .post(`/settlement/requests/distributions/${draft.distributionId}/issue`, {});
    expect(issued).toMatchObject({ status: 200, body: { status: 'issued' } });
    await harness.waitForConsumed();
    const events = harness.probe.events<RequestIssued>(SettlementEventTypes.requestIssued);
    expect(events).toHaveLength(357);
    expect(events.reduce((sum, event) => sum + event.data.requested, 0)).toBe(13000);
    expect(new Set(events.map((event) => event.subject)).size).toBe(357);

    const response = await settlement.fetch('/settlement/requests/2026?format=csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'kommunenummer,kommunenavn,fylkesnummer,requested,of_which_em,em_under_15,em_15_to_18',
    );
    expect(lines).toHaveLength(358);
    const oslo = draft.municipalities.find((m) => m.kommunenummer === '0301')!;
    expect(lines).toContain(`0301,Oslo,03,${oslo.requested},${oslo.em},${oslo.emUnder15},${oslo.em15To18}`);
    expect(events.find((event) => event.subject === '0301')!.data).toMatchObject({
      em: oslo.em,
      emUnder15: oslo.emUnder15,
      em15To18: oslo.em15To18,
    });

    const excel = await settlement.fetch('/settlement/requests/2026?format=csv&dialect=excel-no');
    const bytes = Buffer.from(await excel.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM: Excel reads UTF-8, ø and å intact
    const excelLines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(excelLines[0]).toBe(
      'kommunenummer;kommunenavn;fylkesnummer;requested;of_which_em;em_under_15;em_15_to_18',
    );
    expect(excelLines.find((line) => line.startsWith('5501;'))).toMatch(/^5501;Tromsø;55;/);
    const unknownDialect = await settlement.request(
      'GET',
      '/settlement/requests/2026?format=csv&dialect=lotus',
    );
    expect(unknownDialect.status).toBe(400);
    expect(JSON.stringify(unknownDialect.body)).toContain('dialect');

    const again = await settlement
      .as('policy-approver-imdi')
      .post(`/settlement/requests/distributions/${draft.distributionId}/issue`, {});
    expect(again.status).toBe(409);
  });

  it("records municipal decisions and each municipality's gap to its request", async () => {
    const oslo = draft.municipalities.find((m) => m.kommunenummer === '0301')!;
    await harness.sender.send(SettlementEventTypes.municipalityDecided, {
      year: 2026,
      municipalityNumber: '0301',
      total: oslo.requested - 50,
      em: 10,
      emUnder15: 2,
      em15To18: 8,
      decidedOn: '2026-02-01',
    });
    await harness.sender.send(SettlementEventTypes.municipalityDecided, {
      year: 2026,
      municipalityNumber: '4601',
      total: 100,
      em: 10,
      emUnder15: 5,
      em15To18: 6, // does not make up em: refused
      decidedOn: '2026-02-01',
    });
    await harness.sender.send(SettlementEventTypes.municipalityDecided, {
      year: 2026,
      municipalityNumber: '9999',
      total: 10,
      em: 0,
      decidedOn: '2026-02-01',
    });
    await harness.waitForConsumed();
    const decisions = await settlement.get<{
      requested: number;
      decided: number;
      municipalities: {
        municipalityNumber: string;
        gap: number | null;
        decidedEmUnder15: number | null;
        decidedEm15To18: number | null;
        requestedEmUnder15: number | null;
      }[];
    }>('/settlement/decisions/2026');
    expect(decisions.requested).toBe(13000);
    expect(decisions.decided).toBe(oslo.requested - 50);
    expect(decisions.municipalities.find((m) => m.municipalityNumber === '0301')).toMatchObject({
      gap: -50,
      decidedEmUnder15: 2,
      decidedEm15To18: 8,
      requestedEmUnder15: oslo.emUnder15,
    });
    // the unknown municipality, and the age bands that do not make up em
    const deadLetters = harness.probe.on('settlement.municipalities.dlq');
    expect(deadLetters).toHaveLength(2);
    expect(deadLetters.map((message) => message.headers['dlq-reason'])).toContainEqual(
      expect.stringContaining('do not make up em'),
    );
  });

  it('answers bad requests with a 400 naming the field', async () => {
    const response = await settlement.post('/settlement/requests/distribute', { year: 'next', total: -1 });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('year');
    expect(JSON.stringify(response.body)).toContain('total');
  });
});
