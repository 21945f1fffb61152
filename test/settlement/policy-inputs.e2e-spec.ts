import { readFileSync } from 'node:fs';

import { type EscalationRaised, SettlementEventTypes } from '#contracts';
import type { RuleSetDocument } from '#rules';

import { ServiceHarness } from '../support/service-harness.js';

interface Distribution {
  distributionId: string;
  em: number | null;
  warnings: string[];
  followsCountyTargets: boolean;
  municipalities: { kommunenummer: string; fylkesnummer: string; requested: number; em: number }[];
}

interface Backtest {
  total: number;
  criteria: { method: string; pearson: number; meanAbsoluteError: number; asked: { published: number } };
  carryingOver: { pearson: number; meanAbsoluteError: number };
}

/** IMDi's 2025 county table: the committee's split of the 12 640 asked for that year. */
const COUNTY_SPLIT_2025 = readFileSync('data/imdi/imdi_fylke_2025.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([countyNumber, name, persons]) => ({ countyNumber, name, persons: Number(persons) }));

/** Bytes as Norwegian Excel on Windows saves "CSV (semikolondelt)": Windows-1252. */
const windows1252 = (text: string) =>
  Buffer.from(
    [...text].map((character) => ({ ø: 0xf8, å: 0xe5, æ: 0xe6 })[character] ?? character.charCodeAt(0)),
  );

describe("the settlement service's policy inputs: county split, recommendations, spreadsheets, minors, backtests", () => {
  const harness = new ServiceHarness('policy-inputs');
  const settlement = harness.service('settlement');
  const upload = (method: string, path: string, body: Buffer | string, type = 'text/csv') =>
    settlement.fetch(path, { method, headers: { 'content-type': type }, body });
  const inCounty = (distribution: Distribution, county: string) =>
    distribution.municipalities
      .filter((m) => m.fylkesnummer === county)
      .reduce((sum, m) => sum + m.requested, 0);
  const raised = (rule: string) =>
    harness.probe
      .events<EscalationRaised>(SettlementEventTypes.escalationRaised)
      .filter((event) => event.data.rule === rule);

  beforeAll(() => harness.start({ settlement: {} }));
  afterAll(() => harness.stop());

  it("takes the committee's county split from its event, and gives each county exactly its figure", async () => {
    await harness.sender.send(SettlementEventTypes.countyTargetsSet, {
      year: 2025,
      targets: COUNTY_SPLIT_2025.map(({ countyNumber, persons }) => ({ countyNumber, persons })),
      source: 'Nasjonalt utvalg',
      setOn: '2024-06-12',
    });
    await harness.sender.send(SettlementEventTypes.countyTargetsSet, {
      year: 2025,
      targets: [{ countyNumber: '99', persons: 10 }],
      source: 'Nasjonalt utvalg',
      setOn: '2024-06-13',
    });
    await harness.waitForConsumed();
    const targets = await settlement.get<{ targets: unknown[]; setOn: string }>(
      '/settlement/county-targets/2025',
    );
    expect(targets).toMatchObject({ setOn: '2024-06-12' });
    expect(targets.targets).toHaveLength(15);
    const deadLetters = harness.probe.on('settlement.need.dlq');
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0].headers['dlq-reason']).toContain('99 is not a county');

    const response = await settlement.post('/settlement/requests/distribute', { year: 2025, total: 12640 });
    expect(response.status).toBe(201);
    const distribution = response.body as Distribution;
    expect(distribution.followsCountyTargets).toBe(true);
    for (const { countyNumber, persons } of COUNTY_SPLIT_2025)
      expect(inCounty(distribution, countyNumber)).toBe(persons);

    const mismatch = await settlement.post('/settlement/requests/distribute', { year: 2025, total: 12000 });
    expect(mismatch).toMatchObject({
      status: 422,
      body: {
        field: 'countyTargets',
        message: 'The county targets add up to 12640, but the total to distribute is 12000',
      },
    });
  });

  it("takes a county authority's recommendations as a spreadsheet, inside its county's figure", async () => {
    const put = await upload(
      'PUT',
      '/settlement/county-recommendations/2025/46?source=Vestland%20fylkeskommune',
      windows1252(
        'kommunenummer;kommunenavn;persons;emUnder15;em15To18\r\n4601;Bergen;500;0;0\r\n4602;Kinn;25;;\r\n',
      ),
    );
    expect(put.status).toBe(200);
    expect(await put.json()).toHaveLength(2);
    const distribution = (
      await settlement.post('/settlement/requests/distribute', { year: 2025, total: 12640 })
    ).body as Distribution;
    expect(distribution.municipalities.find((m) => m.kommunenummer === '4601')!.requested).toBe(500);
    expect(distribution.municipalities.find((m) => m.kommunenummer === '4602')!.requested).toBe(25);
    expect(inCounty(distribution, '46')).toBe(1478);

    const otherCounty = await settlement.put('/settlement/county-recommendations/2025/46', {
      source: 'Vestland fylkeskommune',
      recommendations: [{ municipalityNumber: '0301', persons: 10 }],
    });
    expect(otherCounty).toMatchObject({
      status: 422,
      body: {
        field: 'recommendations[0].municipalityNumber',
        message: '0301 is not a municipality of county 46',
      },
    });
  });

  it("takes the committee's split as the spreadsheet saved by Excel, and refuses a bad one naming the line", async () => {
    const sheet = [
      'fylkesnummer;fylkesnavn;persons',
      ...COUNTY_SPLIT_2025.map(
        ({ countyNumber, name, persons }) => `${Number(countyNumber)};${name};${persons}`,
      ),
    ].join('\r\n');
    const put = await upload(
      'PUT',
      '/settlement/county-targets/2026?source=Nasjonalt%20utvalg&setOn=2025-06-12',
      windows1252(sheet),
    );
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ year: 2026, source: 'Nasjonalt utvalg', setOn: '2025-06-12' });
    const excel = await settlement.fetch('/settlement/county-targets/2026?format=csv&dialect=excel-no');
    const text = Buffer.from(await excel.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\uFEFFfylkesnummer;persons\r\n')).toBe(true);
    expect(text).toContain('15;1107\r\n');

    const twice = await upload(
      'PUT',
      '/settlement/county-targets/2026?source=x',
      'fylkesnummer;persons\n03;10\n03;11\n',
    );
    expect(twice.status).toBe(422);
    expect(await twice.json()).toMatchObject({
      field: 'csv',
      message: 'county targets, line 3: county 03 is given again (first on line 2)',
    });
    const missing = await settlement.put('/settlement/county-targets/2026', {
      source: 'x',
      targets: [{ countyNumber: '03', persons: 10 }],
    });
    expect(missing).toMatchObject({ status: 422, body: { field: 'targets' } });
    const noSource = await upload('PUT', '/settlement/county-targets/2026', sheet);
    expect(noSource.status).toBe(400);
  });

  it('records EM as unknown when the requests are issued with a total only, so a first EM estimate does not escalate', async () => {
    const draft = (
      await settlement
        .as('policy-author-imdi')
        .post('/settlement/requests/distribute', { year: 2028, total: 13000 })
    ).body as Distribution;
    expect(draft.em).toBeNull();
    expect(draft.municipalities.every((m) => m.em === 0)).toBe(true);
    const issued = await settlement
      .as('policy-approver-imdi')
      .post(`/settlement/requests/distributions/${draft.distributionId}/issue`, {});
    expect(issued.status).toBe(200);
    await harness.sender.send(SettlementEventTypes.needEstimated, {
      year: 2028,
      total: 13000,
      emUnder15: 80,
      em15To18: 571,
      source: 'national committee',
      estimatedOn: '2027-10-01',
    });
    await harness.waitForConsumed();
    expect(raised('em-need-changed')).toEqual([]);
    expect(raised('need-changed')).toEqual([]);
    expect(raised('need-component-changed')).toEqual([]);
  });

  it("keeps the need's components and reads the 10 % rule per component", async () => {
    const estimate = (resettlementQuota: number, expectedPermits: number, estimatedOn: string) =>
      harness.sender.send(SettlementEventTypes.needEstimated, {
        year: 2029,
        total: 4000 + expectedPermits + resettlementQuota,
        emUnder15: 80,
        em15To18: 571,
        residentsWithPermit: 4000,
        expectedPermits,
        resettlementQuota,
        source: 'national committee',
        estimatedOn,
      });
    await estimate(3000, 6000, '2028-06-01');
    await harness.sender.send(SettlementEventTypes.needEstimated, {
      year: 2029,
      total: 13000,
      emUnder15: 80,
      em15To18: 571,
      residentsWithPermit: 4000,
      expectedPermits: 6000,
      resettlementQuota: 2000, // 12 000, not the total
      source: 'national committee',
      estimatedOn: '2028-06-02',
    });
    await harness.waitForConsumed();
    const need = await settlement.get<{ current: Record<string, number> }>('/settlement/need/2029');
    expect(need.current).toMatchObject({
      total: 13000,
      residentsWithPermit: 4000,
      expectedPermits: 6000,
      resettlementQuota: 3000,
    });
    expect(harness.probe.on('settlement.need.dlq').at(-1)!.headers['dlq-reason']).toContain(
      'add up to 12000, not the total of 13000',
    );

    const draft = (
      await settlement.as('policy-author-imdi').post('/settlement/requests/distribute', { year: 2029 })
    ).body as Distribution;
    expect(
      (
        await settlement
          .as('policy-approver-imdi')
          .post(`/settlement/requests/distributions/${draft.distributionId}/issue`, {})
      ).status,
    ).toBe(200);
    await estimate(1500, 6800, '2028-10-01'); // the quota halved, the total 12 300 (−5.4 %)
    await harness.waitForConsumed();
    expect(raised('need-changed')).toEqual([]);
    expect(raised('need-component-changed')).toHaveLength(1);
    expect(raised('need-component-changed')[0].data.facts).toMatchObject({
      resettlementQuotaSinceDistribution: [3000, 1500],
      expectedPermitsSinceDistribution: [6000, 6800],
      residentsWithPermitSinceDistribution: [4000, 4000],
    });
  });

  it('runs a backtest for the rule workbench: the active criteria beat carrying over on 2024 → 2025', async () => {
    const response = await settlement.post<Backtest>('/settlement/backtests', { from: 2024, to: 2025 });
    expect(response.status).toBe(200);
    const { criteria, carryingOver, total } = response.body;
    expect(total).toBe(12640);
    expect(criteria.asked.published).toBe(331);
    expect(criteria.meanAbsoluteError).toBeLessThan(carryingOver.meanAbsoluteError);
    expect(criteria.pearson).toBeGreaterThan(carryingOver.pearson);

    const candidate = JSON.parse(
      readFileSync('rules/settlement/request-criteria.json', 'utf8'),
    ) as RuleSetDocument;
    const labourMarket = candidate.rules.find((rule) => rule.name === 'weight-regional-labour-market')!;
    delete labourMarket.event.params!.whenNoData;
    const refused = await settlement.post('/settlement/backtests', {
      from: 2024,
      to: 2025,
      criteria: candidate,
    });
    expect(refused).toMatchObject({ status: 422, body: { field: 'criteria' } });
    expect(JSON.stringify(refused.body)).toContain(
      'The criterion \\"regional labour market\\" has nothing to go on',
    );

    const noFigures = await settlement.post('/settlement/backtests', { from: 2023, to: 2024 });
    expect(noFigures).toMatchObject({ status: 422, body: { field: 'from' } });
    const bad = await settlement.post('/settlement/backtests', { from: 'last year', to: 2025 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('from');
  });

  it('takes indicators as Excel saves them, and refuses out-of-range values, ragged rows and repeats with the line', async () => {
    const indicators = windows1252(
      'kommunenummer;kommunenavn;employmentRate\r\n301;Oslo;71,5\r\n5501;Tromsø;74,2\r\n',
    );
    const supplied = await upload('POST', '/settlement/indicators', indicators);
    expect(supplied.status).toBe(200);
    expect(await supplied.json()).toEqual({ values: 2 });
    const stored = await settlement.query<{ municipality_number: string; value: number }>(
      `SELECT municipality_number, value FROM indicators WHERE fact = 'employmentRate' ORDER BY municipality_number`,
    );
    expect(stored).toEqual([
      { municipality_number: '0301', value: 71.5 },
      { municipality_number: '5501', value: 74.2 },
    ]);
    const distribution = (
      await settlement.post('/settlement/requests/distribute', { year: 2026, total: 12640 })
    ).body as Distribution;
    expect(
      distribution.warnings.some((warning) => warning.includes('"regional labour market" was left out')),
    ).toBe(false);

    for (const [sheet, message] of [
      [
        'kommunenummer;employmentRate\n0301;-500\n',
        'indicators, line 2: employmentRate "-500" is outside the fact\'s range (0 to 100)',
      ],
      [
        'kommunenummer;employmentRate\n0301;70\n4601;70;3\n',
        'indicators: line 3 has 3 cells, the header has 2 (delimiter ";")',
      ],
      [
        'kommunenummer;employmentRate\n0301;70\n0301;71\n',
        'indicators, line 3: 0301 is given again (first on line 2)',
      ],
    ]) {
      const refused = await upload('POST', '/settlement/indicators', sheet);
      expect(refused.status).toBe(422);
      expect(await refused.json()).toMatchObject({ field: 'csv', message });
    }
    const asJson = await settlement.post('/settlement/indicators', {
      csv: 'kommunenummer;employmentRate\n4601;70,5\n',
    });
    expect(asJson).toMatchObject({ status: 200, body: { values: 1 } });
  });
});
