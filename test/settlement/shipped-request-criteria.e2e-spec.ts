import { RejectedError } from '#domain';
import { CompiledRuleSet, loadRuleSetFile, parseRuleSet } from '#rules';

import { parseIndicatorsCsv } from '../../apps/settlement/src/municipalities/indicators-csv.js';
import { municipalityInputs } from '../../apps/settlement/src/municipalities/municipality-inputs.js';
import { readReferenceData } from '../../apps/settlement/src/municipalities/reference-data.js';
import {
  computeDistribution as compute,
  type DistributionInput,
} from '../../apps/settlement/src/requests/distribution/compute-distribution.js';

// The shipped request criteria (rules/settlement/request-criteria.json) over the shipped data (data/): what policy
// staff get from the files as they are. The distribution's own logic is unit-tested with fixtures beside it.

const reference = readReferenceData('data');
const criteria = new CompiledRuleSet(loadRuleSetFile('rules/settlement/request-criteria.json'));
const known = new Set(reference.municipalities.map((m) => m.number));
const computeDistribution = (input: Omit<DistributionInput, 'computedAt'>) =>
  compute({ ...input, computedAt: new Date().toISOString() });

describe('computeDistribution with the shipped 2026 criteria over all 357 municipalities', () => {
  const run = () =>
    computeDistribution({
      year: 2026,
      total: 13000,
      em: 651,
      criteria,
      municipalities: municipalityInputs(reference, 2026),
    });

  it('adds up exactly to the national total and the EM total', async () => {
    const distribution = await run();
    expect(distribution.municipalities).toHaveLength(357);
    expect(distribution.municipalities.reduce((sum, m) => sum + m.requested, 0)).toBe(13000);
    expect(distribution.municipalities.reduce((sum, m) => sum + m.em, 0)).toBe(651);
    expect(distribution.counties.reduce((sum, c) => sum + c.requested, 0)).toBe(13000);
    expect(distribution.counties).toHaveLength(15);
  });

  it("honours each municipality's minimum and cap, and never asks for more EM than persons", async () => {
    for (const m of (await run()).municipalities) {
      if (m.requested > 0) expect(m.requested).toBeGreaterThanOrEqual(m.explanation.minimum);
      expect(m.requested).toBeLessThanOrEqual(Math.max(m.explanation.maximum, 0));
      expect(m.em).toBeLessThanOrEqual(m.requested);
      if (!m.explanation.eligible) expect(m.requested).toBe(0);
      if (!m.explanation.em.eligible) expect(m.em).toBe(0);
    }
  });

  it('is deterministic', async () => {
    const strip = (d: Awaited<ReturnType<typeof run>>) =>
      d.municipalities.map((m) => [m.kommunenummer, m.requested, m.em]);
    expect(strip(await run())).toEqual(strip(await run()));
  });

  it('explains every figure with the criteria values and weights that produced it', async () => {
    const oslo = (await run()).municipalities.find((m) => m.kommunenummer === '0301')!;
    expect(oslo.explanation.reasons).toContain('5 000 inhabitants or more');
    expect(oslo.explanation.criteria).toContainEqual(
      expect.objectContaining({
        criterion: 'population',
        fact: 'population',
        value: 717710,
        weight: 0.5,
        source: 'data',
      }),
    );
    expect(oslo.explanation.continuity).toMatchObject({
      basis: 'lastYearRequested',
      lastYear: 640,
      weight: 0.3,
    });
    expect(oslo.explanation.quota).toBeCloseTo(oslo.requested, 0);
  });

  it('does not ask a municipality whose cap is below its minimum, and says why', async () => {
    const utsira = (await run()).municipalities.find((m) => m.kommunenummer === '1151')!;
    expect(utsira.requested).toBe(0);
    expect(utsira.explanation.adjustments).toContain(
      'not asked: its cap (3) is below its minimum request (5)',
    );
  });
});

describe('computeDistribution with indicators, missing values and recommendations', () => {
  const indicators = parseIndicatorsCsv(
    'kommunenummer,employmentRate,immigrantSharePercent\n0301,70,34\n1103,75,\n4601,80,20\n',
    criteria.loaded.document.facts,
    known,
  );

  it('excludes by a criterion, uses the median for a missing value and says so', async () => {
    const distribution = await computeDistribution({
      year: 2026,
      total: 13000,
      em: 651,
      criteria,
      municipalities: municipalityInputs(reference, 2026, indicators),
    });
    const byNumber = new Map(distribution.municipalities.map((m) => [m.kommunenummer, m]));
    expect(byNumber.get('0301')).toMatchObject({
      requested: 0,
      explanation: { reasons: ['not asked: immigrant share of 30 % or more'] },
    });
    const stavanger = byNumber
      .get('1103')!
      .explanation.criteria.find((c) => c.fact === 'immigrantSharePercent')!;
    expect(stavanger).toMatchObject({ value: 27, source: 'median of the others' });
    expect(distribution.municipalities.reduce((sum, m) => sum + m.requested, 0)).toBe(13000);
  });

  it("uses a county authority's recommendation as the figure", async () => {
    const distribution = await computeDistribution({
      year: 2026,
      total: 13000,
      em: 651,
      criteria,
      municipalities: municipalityInputs(reference, 2026),
      countyRecommendations: [{ municipalityNumber: '4601', persons: 500, em: 40 }],
    });
    const bergen = distribution.municipalities.find((m) => m.kommunenummer === '4601')!;
    expect(bergen).toMatchObject({ requested: 500, em: 40 });
    expect(distribution.municipalities.reduce((sum, m) => sum + m.requested, 0)).toBe(13000);
  });

  it("takes a county recommendation off the national total, not off the county's other municipalities", async () => {
    const base = await computeDistribution({
      year: 2026,
      total: 13000,
      em: 651,
      criteria,
      municipalities: municipalityInputs(reference, 2026),
    });
    const bergenBefore = base.municipalities.find((m) => m.kommunenummer === '4601')!.requested;
    const recommended = await computeDistribution({
      year: 2026,
      total: 13000,
      em: 651,
      criteria,
      municipalities: municipalityInputs(reference, 2026),
      countyRecommendations: [{ municipalityNumber: '4601', persons: bergenBefore + 200 }],
    });
    const vestland = (d: typeof base) =>
      d.municipalities
        .filter((m) => m.fylkesnummer === '46' && m.kommunenummer !== '4601')
        .reduce((sum, m) => sum + m.requested, 0);
    // The other Vestland municipalities lose only their share of the 200 taken off the national total.
    expect(vestland(base) - vestland(recommended)).toBeLessThan(40);
    expect(recommended.municipalities.reduce((sum, m) => sum + m.requested, 0)).toBe(13000);
  });

  it.each([11, 50, 100, 200, 300])(
    'splits a small total of %i by county first without failing',
    async (total) => {
      const distribution = await computeDistribution({
        year: 2026,
        total,
        em: 0,
        criteria,
        municipalities: municipalityInputs(reference, 2026),
      });
      expect(distribution.municipalities.reduce((sum, m) => sum + m.requested, 0)).toBe(total);
      for (const m of distribution.municipalities)
        if (m.requested > 0) expect(m.requested).toBeGreaterThanOrEqual(m.explanation.minimum);
    },
  );

  it('splits directly when the rule set says so', async () => {
    const document = structuredClone(criteria.loaded.document);
    document.rules.find((rule) => rule.event.type === 'distribution-method')!.event.params = {
      method: 'direct',
    };
    const direct = new CompiledRuleSet(parseRuleSet(JSON.stringify(document), 'candidate'));
    const distribution = await computeDistribution({
      year: 2026,
      total: 5000,
      em: 100,
      criteria: direct,
      municipalities: municipalityInputs(reference, 2026),
    });
    expect(distribution.method).toBe('direct');
    expect(distribution.municipalities.reduce((sum, m) => sum + m.requested, 0)).toBe(5000);
  });

  it('refuses an EM figure larger than the total', async () => {
    await expect(
      computeDistribution({
        year: 2026,
        total: 10,
        em: 11,
        criteria,
        municipalities: municipalityInputs(reference, 2026),
      }),
    ).rejects.toThrow(RejectedError);
  });
});

describe('parseIndicatorsCsv with the shipped criteria', () => {
  it('names the line and column of a bad value', () => {
    expect(() =>
      parseIndicatorsCsv('kommunenummer,employmentRate\n0301,many\n', criteria.loaded.document.facts, known),
    ).toThrow('indicators, line 2: employmentRate "many" is not a number');
    expect(() =>
      parseIndicatorsCsv('kommunenummer,happiness\n0301,9\n', criteria.loaded.document.facts, known),
    ).toThrow('the column "happiness" is not a fact of the criteria');
  });
});
