import { RejectedError } from '#domain';
import { CompiledRuleSet, parseRuleSet, type RuleSetDocument } from '#rules';

import { parseIndicatorsCsv } from '../../municipalities/indicators-csv.js';
import { municipalityInputs } from '../../municipalities/municipality-inputs.js';
import type { ReferenceData } from '../../municipalities/reference-data.js';
import { computeDistribution, type DistributionInput } from './compute-distribution.js';

// Fixtures of this test, not the shipped policy or data: a policy edit must not break a unit test. The shipped
// criteria over all 357 municipalities are checked in test/settlement/shipped-request-criteria.e2e-spec.ts.
const rule = (name: string, fact: string, operator: string, value: number, event: object) => ({
  name,
  description: name,
  priority: (event as { type: string }).type === 'minimum' ? 1 : 10,
  conditions: { all: [{ fact, operator, value }] },
  event,
});

const CRITERIA: RuleSetDocument = {
  id: 'settlement-request-criteria',
  title: 'Fixture criteria',
  description: 'A small rule set of this test.',
  owner: 'tests',
  version: '0.1.0',
  effectiveFrom: '2026-01-01',
  facts: [
    { name: 'year', type: 'number', description: 'year', whenMissing: 'exclude' },
    { name: 'population', type: 'number', description: 'inhabitants', whenMissing: 'exclude' },
    { name: 'countyNumber', type: 'string', description: 'county', whenMissing: 'exclude' },
    { name: 'lastYearRequested', type: 'number', description: 'last year', whenMissing: { value: 0 } },
    { name: 'employmentRate', type: 'number', description: 'indicator', whenMissing: 'median' },
    { name: 'immigrantSharePercent', type: 'number', description: 'indicator', whenMissing: 'median' },
  ],
  rules: [
    rule('large-enough', 'population', 'greaterThanInclusive', 5000, {
      type: 'eligible',
      params: { reason: '5 000 inhabitants or more' },
    }),
    rule('asked-last-year', 'lastYearRequested', 'greaterThan', 0, {
      type: 'eligible',
      params: { reason: 'asked last year' },
    }),
    rule('high-immigrant-share', 'immigrantSharePercent', 'greaterThanInclusive', 30, {
      type: 'exclude',
      params: { reason: 'immigrant share of 30 % or more' },
    }),
    rule('minors-in-larger-municipalities', 'population', 'greaterThanInclusive', 15000, {
      type: 'em-eligible',
      params: { reason: '15 000 inhabitants or more' },
    }),
    rule('weight-population', 'population', 'greaterThan', 0, {
      type: 'criterion',
      params: { criterion: 'population', fact: 'population', weight: 0.6, direction: 'higher' },
    }),
    rule('weight-employment', 'employmentRate', 'greaterThanInclusive', 0, {
      type: 'criterion',
      params: { criterion: 'employment', fact: 'employmentRate', weight: 0.3, direction: 'higher' },
    }),
    rule('weight-immigrant-share', 'immigrantSharePercent', 'greaterThanInclusive', 0, {
      type: 'criterion',
      params: {
        criterion: 'immigrant share',
        fact: 'immigrantSharePercent',
        weight: 0.1,
        direction: 'lower',
      },
    }),
    rule('continuity', 'year', 'greaterThan', 0, {
      type: 'continuity',
      params: { basis: 'lastYearRequested', weight: 0.25 },
    }),
    rule('minimum', 'population', 'greaterThanInclusive', 5000, {
      type: 'minimum',
      params: { persons: 8, belowMinimum: 'exclude' },
    }),
    rule('minimum-small', 'population', 'lessThan', 5000, {
      type: 'minimum',
      params: { persons: 4, belowMinimum: 'exclude' },
    }),
    rule('cap', 'population', 'greaterThan', 0, { type: 'cap', params: { percentOfPopulation: 2 } }),
    rule('county-first', 'year', 'greaterThan', 0, {
      type: 'distribution-method',
      params: { method: 'county-first' },
    }),
    rule('recommendations', 'year', 'greaterThan', 0, {
      type: 'county-recommendation',
      params: { use: 'override' },
    }),
  ],
} as RuleSetDocument;

const compile = (document: RuleSetDocument) =>
  new CompiledRuleSet(parseRuleSet(JSON.stringify(document), 'fixture criteria'));
const criteria = compile(CRITERIA);

const COUNTIES = { '01': 'Nordfylke', '02': 'Vestfylke', '03': 'Sørfylke' } as const;
/** number, name, county, population, requested last year */
const MUNICIPALITIES: [string, string, keyof typeof COUNTIES, number, number][] = [
  ['0101', 'Storby', '01', 200000, 300],
  ['0102', 'Mellomby', '01', 40000, 60],
  ['0103', 'Småby', '01', 8000, 12],
  ['0104', 'Liten', '01', 3000, 0],
  ['0105', 'Tiny', '01', 150, 2],
  ['0201', 'Havby', '02', 120000, 150],
  ['0202', 'Fjordby', '02', 25000, 30],
  ['0203', 'Dalby', '02', 6000, 0],
  ['0204', 'Øyby', '02', 4500, 6],
  ['0301', 'Sørby', '03', 60000, 80],
  ['0302', 'Skogby', '03', 12000, 15],
  ['0303', 'Bygd', '03', 5200, 0],
];
const reference: ReferenceData = {
  municipalities: MUNICIPALITIES.map(([number, name, county, population]) => ({
    number,
    name,
    countyNumber: county,
    countyName: COUNTIES[county],
    population,
  })),
  counties: Object.entries(COUNTIES).map(([number, name]) => ({ number, name })),
  figures: MUNICIPALITIES.map(([number, , , , requested]) => ({
    year: 2025,
    municipalityNumber: number,
    requested,
    decided: requested,
    settled: null,
  })),
};
const known = new Set(MUNICIPALITIES.map(([number]) => number));
const COMPUTED_AT = '2026-01-15T08:00:00.000Z';

const distribute = (input: Partial<DistributionInput> = {}) =>
  computeDistribution({
    year: 2026,
    total: 1000,
    em: 50,
    criteria,
    municipalities: municipalityInputs(reference, 2026),
    computedAt: COMPUTED_AT,
    ...input,
  });
const sum = (figures: { requested: number }[]) => figures.reduce((total, m) => total + m.requested, 0);

describe('computeDistribution over a fixture of 12 municipalities in 3 counties', () => {
  it('adds up exactly to the national total and the EM total', async () => {
    const distribution = await distribute();
    expect(distribution.municipalities).toHaveLength(12);
    expect(sum(distribution.municipalities)).toBe(1000);
    expect(distribution.municipalities.reduce((total, m) => total + m.em, 0)).toBe(50);
    expect(sum(distribution.counties)).toBe(1000);
    expect(distribution.counties).toHaveLength(3);
  });

  it("honours each municipality's minimum and cap, and never asks for more EM than persons", async () => {
    for (const m of (await distribute()).municipalities) {
      if (m.requested > 0) expect(m.requested).toBeGreaterThanOrEqual(m.explanation.minimum);
      expect(m.requested).toBeLessThanOrEqual(Math.max(m.explanation.maximum, 0));
      expect(m.em).toBeLessThanOrEqual(m.requested);
      if (!m.explanation.eligible) expect(m.requested).toBe(0);
      if (!m.explanation.em.eligible) expect(m.em).toBe(0);
    }
  });

  it('is deterministic, and stamps the time it is given instead of reading a clock', async () => {
    const strip = (d: Awaited<ReturnType<typeof distribute>>) =>
      d.municipalities.map((m) => [m.kommunenummer, m.requested, m.em]);
    const first = await distribute();
    expect(strip(first)).toEqual(strip(await distribute()));
    expect(first.computedAt).toBe(COMPUTED_AT);
  });

  it('explains every figure with the criteria values and weights that produced it', async () => {
    const storby = (await distribute()).municipalities.find((m) => m.kommunenummer === '0101')!;
    expect(storby.explanation.reasons).toContain('5 000 inhabitants or more');
    expect(storby.explanation.criteria).toContainEqual(
      expect.objectContaining({
        criterion: 'population',
        fact: 'population',
        value: 200000,
        weight: 0.6,
        source: 'data',
      }),
    );
    expect(storby.explanation.continuity).toMatchObject({
      basis: 'lastYearRequested',
      lastYear: 300,
      weight: 0.25,
    });
    expect(storby.explanation.quota).toBeCloseTo(storby.requested, 0);
  });

  it('does not ask a municipality whose cap is below its minimum, and says why', async () => {
    const tiny = (await distribute()).municipalities.find((m) => m.kommunenummer === '0105')!;
    expect(tiny.explanation.eligible).toBe(true);
    expect(tiny.requested).toBe(0);
    expect(tiny.explanation.adjustments).toContain('not asked: its cap (3) is below its minimum request (4)');
  });
});

describe('computeDistribution with indicators, missing values and recommendations', () => {
  const indicators = parseIndicatorsCsv(
    'kommunenummer,employmentRate,immigrantSharePercent\n0101,70,34\n0102,75,\n0201,80,20\n',
    criteria.loaded.document.facts,
    known,
  );

  it('excludes by a criterion, uses the median for a missing value and says so', async () => {
    const distribution = await distribute({
      municipalities: municipalityInputs(reference, 2026, indicators),
    });
    const byNumber = new Map(distribution.municipalities.map((m) => [m.kommunenummer, m]));
    expect(byNumber.get('0101')).toMatchObject({
      requested: 0,
      explanation: { reasons: ['not asked: immigrant share of 30 % or more'] },
    });
    const mellomby = byNumber
      .get('0102')!
      .explanation.criteria.find((c) => c.fact === 'immigrantSharePercent')!;
    expect(mellomby).toMatchObject({ value: 27, source: 'median of the others' });
    expect(sum(distribution.municipalities)).toBe(1000);
  });

  it("uses a county authority's recommendation as the figure", async () => {
    const distribution = await distribute({
      countyRecommendations: [{ municipalityNumber: '0201', persons: 200, em: 10 }],
    });
    const havby = distribution.municipalities.find((m) => m.kommunenummer === '0201')!;
    expect(havby).toMatchObject({ requested: 200, em: 10 });
    expect(sum(distribution.municipalities)).toBe(1000);
  });

  it("takes a county recommendation off the national total, not off the county's other municipalities", async () => {
    const base = await distribute();
    const havbyBefore = base.municipalities.find((m) => m.kommunenummer === '0201')!.requested;
    const recommended = await distribute({
      countyRecommendations: [{ municipalityNumber: '0201', persons: havbyBefore + 100 }],
    });
    const vestfylke = (d: typeof base) =>
      sum(d.municipalities.filter((m) => m.fylkesnummer === '02' && m.kommunenummer !== '0201'));
    // The other Vestfylke municipalities hold about a sixth of the weight outside Havby, so they lose about a sixth
    // of the 100 taken off the national total; taken off the county, they would have lost all 100 between them.
    expect(vestfylke(base) - vestfylke(recommended)).toBeLessThan(25);
    expect(sum(recommended.municipalities)).toBe(1000);
  });

  it.each([9, 20, 50, 100, 300])(
    'splits a small total of %i by county first without failing',
    async (total) => {
      const distribution = await distribute({ total, em: 0 });
      expect(distribution.method).toBe('county-first');
      expect(sum(distribution.municipalities)).toBe(total);
      for (const m of distribution.municipalities)
        if (m.requested > 0) expect(m.requested).toBeGreaterThanOrEqual(m.explanation.minimum);
    },
  );

  it('splits directly when the rule set says so', async () => {
    const document = structuredClone(CRITERIA);
    document.rules.find((r) => r.event.type === 'distribution-method')!.event.params = { method: 'direct' };
    const distribution = await distribute({ total: 500, em: 10, criteria: compile(document) });
    expect(distribution.method).toBe('direct');
    expect(sum(distribution.municipalities)).toBe(500);
  });

  it('refuses an EM figure larger than the total, naming the field', async () => {
    await expect(distribute({ total: 10, em: 11 })).rejects.toThrow(RejectedError);
    await expect(distribute({ total: 10, em: 11 })).rejects.toMatchObject({ field: 'em' });
  });
});

describe('parseIndicatorsCsv', () => {
  it('names the line and column of a bad value', () => {
    expect(() =>
      parseIndicatorsCsv('kommunenummer,employmentRate\n0101,many\n', criteria.loaded.document.facts, known),
    ).toThrow('indicators, line 2: employmentRate "many" is not a number');
    expect(() =>
      parseIndicatorsCsv('kommunenummer,happiness\n0101,9\n', criteria.loaded.document.facts, known),
    ).toThrow('the column "happiness" is not a fact of the criteria');
  });
});
