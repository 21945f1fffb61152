import { CompiledRuleSet, loadRuleSetFile } from '#rules';

import { parseIndicatorsCsv } from '../../apps/settlement/src/municipalities/indicators-csv.js';
import { municipalityInputs } from '../../apps/settlement/src/municipalities/municipality-inputs.js';
import { readReferenceData } from '../../apps/settlement/src/municipalities/reference-data.js';
import { parseCountyTargetsCsv } from '../../apps/settlement/src/need/county-targets-csv.js';
import { backtest } from '../../apps/settlement/src/requests/backtest/backtest.js';
import {
  computeDistribution as compute,
  type DistributionInput,
} from '../../apps/settlement/src/requests/distribution/compute-distribution.js';
import { readSheet } from '../../tools/settlement/read-sheet.js';

// The shipped request criteria (rules/settlement/request-criteria.json) over the shipped data (data/): what policy
// staff get from the files as they are. The distribution's own logic is unit-tested with fixtures beside it.

const reference = readReferenceData('data');
const criteria = new CompiledRuleSet(loadRuleSetFile('rules/settlement/request-criteria.json'));
const known = new Set(reference.municipalities.map((m) => m.number));
const EM_2026 = { under15: 80, from15To18: 571 };
const computeDistribution = (input: Omit<DistributionInput, 'computedAt'>) =>
  compute({ ...input, computedAt: new Date().toISOString() });
const sum = (figures: { requested: number }[]) => figures.reduce((total, m) => total + m.requested, 0);

describe('computeDistribution with the shipped 2026 criteria over all 357 municipalities', () => {
  const run = () =>
    computeDistribution({
      year: 2026,
      total: 13000,
      em: EM_2026,
      criteria,
      municipalities: municipalityInputs(reference, 2026),
    });

  it('adds up exactly to the national total and the EM total of each age band', async () => {
    const distribution = await run();
    expect(distribution.municipalities).toHaveLength(357);
    expect(sum(distribution.municipalities)).toBe(13000);
    expect(distribution.municipalities.reduce((total, m) => total + m.em, 0)).toBe(651);
    expect(distribution.municipalities.reduce((total, m) => total + m.emUnder15, 0)).toBe(80);
    expect(distribution.municipalities.reduce((total, m) => total + m.em15To18, 0)).toBe(571);
    expect(sum(distribution.counties)).toBe(13000);
    expect(distribution.counties).toHaveLength(15);
  });

  it("honours each municipality's minimum and cap, asks in multiples of 5, minors in groups of 5", async () => {
    for (const m of (await run()).municipalities) {
      if (m.requested > 0) expect(m.requested).toBeGreaterThanOrEqual(m.explanation.minimum);
      expect(m.requested).toBeLessThanOrEqual(Math.max(m.explanation.maximum, 0));
      expect(m.requested % 5).toBe(0);
      expect(m.em).toBeLessThanOrEqual(m.requested);
      for (const band of [m.emUnder15, m.em15To18]) if (band > 0) expect(band).toBeGreaterThanOrEqual(5);
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
        criterion: 'continuity',
        fact: 'lastYearRequested',
        value: 640,
        weight: 0.35,
        source: 'data',
      }),
    );
    expect(oslo.explanation.criteria).toContainEqual(
      expect.objectContaining({ criterion: 'size', value: 717710, measure: 'population^0.6' }),
    );
    expect(oslo.explanation.quota).toBeCloseTo(oslo.requested, -1);
  });

  it('says what it could not do as written: the labour market left out, minors by the fallback rule', async () => {
    const { warnings } = await run();
    expect(warnings).toContain(
      'The criterion "regional labour market" was left out: no municipality asked has a value for employmentRate (scaled by population); ' +
        'its weight (0.15) went to the other criteria in proportion to theirs',
    );
    expect(warnings.some((warning) => warning.includes('minors follow the fallback rule'))).toBe(true);
  });

  it('does not ask a municipality whose cap is below its minimum, and says why', async () => {
    const utsira = (await run()).municipalities.find((m) => m.kommunenummer === '1151')!;
    expect(utsira.requested).toBe(0);
    expect(utsira.explanation.adjustments).toContain(
      'not asked: its cap (3) is below its minimum request (5)',
    );
  });
});

describe('computeDistribution with indicators, county targets and recommendations', () => {
  const indicators = parseIndicatorsCsv(
    'kommunenummer;employmentRate;immigrantSharePercent\n0301;70;34\n1103;75;\n4601;80;20\n',
    criteria.loaded.document.facts,
    known,
  );

  it('asks a city with a high immigrant share for less instead of leaving it out, and uses the median for a missing value', async () => {
    const input = {
      year: 2026,
      total: 13000,
      em: EM_2026,
      criteria,
      municipalities: municipalityInputs(reference, 2026, indicators),
    };
    const distribution = await computeDistribution(input);
    const oslo = distribution.municipalities.find((m) => m.kommunenummer === '0301')!;
    expect(oslo.requested).toBeGreaterThan(300);
    expect(oslo.explanation.cautions).toEqual([{ reason: 'immigrant share of 30 % or more', factor: 0.75 }]);
    const stavanger = distribution.municipalities.find((m) => m.kommunenummer === '1103')!;
    expect(stavanger.explanation.criteria.find((c) => c.fact === 'employmentRate')).toMatchObject({
      value: 75,
      source: 'data',
    });
    const trondheim = distribution.municipalities.find((m) => m.kommunenummer === '5001')!;
    expect(trondheim.explanation.criteria.find((c) => c.fact === 'employmentRate')).toMatchObject({
      value: 75,
      source: 'median of the others',
    });
    expect(sum(distribution.municipalities)).toBe(13000);
  });

  it("gives each county exactly the committee's target (IMDi's 2025 county split), with a recommendation inside it", async () => {
    const targets = parseCountyTargetsCsv(
      readSheet('data/imdi/imdi_fylke_2025.csv'),
      new Set(reference.counties.map((c) => c.number)),
    );
    const distribution = await computeDistribution({
      year: 2025,
      total: 12640,
      em: { under15: 0, from15To18: 0 },
      criteria,
      municipalities: municipalityInputs(reference, 2025),
      countyTargets: targets,
      countyRecommendations: [{ municipalityNumber: '4601', persons: 500, em15To18: 0 }],
    });
    for (const target of targets)
      expect(sum(distribution.municipalities.filter((m) => m.fylkesnummer === target.countyNumber))).toBe(
        target.persons,
      );
    expect(distribution.municipalities.find((m) => m.kommunenummer === '4601')!.requested).toBe(500);
  });

  it.each([11, 50, 100, 200, 300])(
    'splits a small total of %i by county first without failing',
    async (total) => {
      const distribution = await computeDistribution({
        year: 2026,
        total,
        criteria,
        municipalities: municipalityInputs(reference, 2026),
      });
      expect(sum(distribution.municipalities)).toBe(total);
      for (const m of distribution.municipalities)
        if (m.requested > 0) expect(m.requested).toBeGreaterThanOrEqual(m.explanation.minimum);
    },
  );
});

describe('the shipped criteria against what IMDi asked (backtest 2024 → 2025)', () => {
  it('beat carrying over last year’s requests: a lower mean absolute error and a higher r', async () => {
    const report = await backtest({
      criteria,
      reference,
      from: 2024,
      to: 2025,
      computedAt: new Date().toISOString(),
    });
    expect(report.total).toBe(12640);
    expect(report.criteria.meanAbsoluteError).toBeLessThan(report.carryingOver.meanAbsoluteError);
    expect(report.criteria.pearson).toBeGreaterThan(report.carryingOver.pearson);
    expect(report.criteria.spearman).toBeGreaterThan(report.carryingOver.spearman);
    // The numbers rules/README.md gives.
    expect(report.carryingOver.pearson).toBeCloseTo(0.965, 3);
    expect(report.carryingOver.meanAbsoluteError).toBeCloseTo(8.81, 2);
  });
});
