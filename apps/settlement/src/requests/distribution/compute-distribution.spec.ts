import { RejectedError } from '#domain';

import { parseIndicatorsCsv } from '../../municipalities/indicators-csv.js';
import {
  byNumber,
  criteriaWith,
  distributeFixture as distribute,
  FIXTURE_COMPUTED_AT,
  FIXTURE_CRITERIA,
  FIXTURE_MUNICIPALITIES as known,
  sumOf as sum,
} from '../../testing/distribution-fixture.js';

describe('computeDistribution over a fixture of 12 municipalities in 3 counties', () => {
  it('adds up exactly to the national total and the EM total of each age band', async () => {
    const distribution = await distribute();
    expect(distribution.municipalities).toHaveLength(12);
    expect(sum(distribution.municipalities)).toBe(1000);
    expect(distribution.municipalities.reduce((total, m) => total + m.em, 0)).toBe(50);
    expect(distribution.municipalities.reduce((total, m) => total + m.emUnder15, 0)).toBe(10);
    expect(distribution.municipalities.reduce((total, m) => total + m.em15To18, 0)).toBe(40);
    expect(distribution).toMatchObject({ em: 50, emUnder15: 10, em15To18: 40 });
    expect(sum(distribution.counties)).toBe(1000);
    expect(distribution.counties).toHaveLength(3);
  });

  it("honours each municipality's minimum and cap, and never asks for more EM than persons", async () => {
    for (const m of (await distribute()).municipalities) {
      if (m.requested > 0) expect(m.requested).toBeGreaterThanOrEqual(m.explanation.minimum);
      expect(m.requested).toBeLessThanOrEqual(Math.max(m.explanation.maximum, 0));
      expect(m.em).toBeLessThanOrEqual(m.requested);
      expect(m.em).toBe(m.emUnder15 + m.em15To18);
      if (!m.explanation.eligible) expect(m.requested).toBe(0);
      if (!m.explanation.em.eligible) expect(m.em).toBe(0);
    }
  });

  it('is deterministic, and stamps the time it is given instead of reading a clock', async () => {
    const strip = (d: Awaited<ReturnType<typeof distribute>>) =>
      d.municipalities.map((m) => [m.kommunenummer, m.requested, m.em]);
    const first = await distribute();
    expect(strip(first)).toEqual(strip(await distribute()));
    expect(first.computedAt).toBe(FIXTURE_COMPUTED_AT);
  });

  it('explains every figure with the criteria values and weights that produced it', async () => {
    const storby = byNumber(await distribute()).get('0101')!;
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
    const tiny = byNumber(await distribute()).get('0105')!;
    expect(tiny.explanation.eligible).toBe(true);
    expect(tiny.requested).toBe(0);
    expect(tiny.explanation.adjustments).toContain('not asked: its cap (3) is below its minimum request (4)');
  });

  it('records EM as unknown, not 0, when the distribution is made without an EM figure', async () => {
    const distribution = await distribute({ em: undefined });
    expect(distribution).toMatchObject({ em: null, emUnder15: null, em15To18: null });
    expect(sum(distribution.municipalities)).toBe(1000);
    expect(distribution.municipalities.every((m) => m.em === 0)).toBe(true);
  });
});

describe('computeDistribution with indicators, missing values and recommendations', () => {
  const indicators = parseIndicatorsCsv(
    'kommunenummer,employmentRate,immigrantSharePercent\n0101,70,34\n0102,75,\n0201,80,20\n',
    FIXTURE_CRITERIA.facts,
    known,
  );

  it('reduces the weight where the criteria advise caution instead of leaving the municipality out', async () => {
    const distribution = await distribute({ indicators });
    const storby = byNumber(distribution).get('0101')!;
    expect(storby.requested).toBeGreaterThan(0);
    expect(storby.explanation.cautions).toEqual([{ reason: 'immigrant share of 30 % or more', factor: 0.5 }]);
    const withoutCaution = await distribute({
      indicators,
      criteria: criteriaWith((document) => {
        document.rules = document.rules.filter((rule) => rule.event.type !== 'caution');
      }),
    });
    expect(storby.requested).toBeLessThan(byNumber(withoutCaution).get('0101')!.requested);
    expect(sum(distribution.municipalities)).toBe(1000);
  });

  it('uses the median of the others for a missing value and says so', async () => {
    const mellomby = byNumber(await distribute({ indicators }))
      .get('0102')!
      .explanation.criteria.find((c) => c.fact === 'immigrantSharePercent')!;
    expect(mellomby).toMatchObject({ value: 27, source: 'median of the others' });
  });

  it('does not fail when one municipality has a value and the rest get it as the median', async () => {
    const one = parseIndicatorsCsv(
      'kommunenummer;immigrantSharePercent\n0101;34\n',
      FIXTURE_CRITERIA.facts,
      known,
    );
    const distribution = await distribute({ indicators: one });
    expect(sum(distribution.municipalities)).toBe(1000);
    expect(distribution.municipalities.filter((m) => m.requested > 0).length).toBeGreaterThan(5);
  });

  it("uses a county authority's recommendation as the figure, minors by age band", async () => {
    const distribution = await distribute({
      countyRecommendations: [{ municipalityNumber: '0201', persons: 200, emUnder15: 3, em15To18: 7 }],
    });
    expect(byNumber(distribution).get('0201')).toMatchObject({
      requested: 200,
      em: 10,
      emUnder15: 3,
      em15To18: 7,
    });
    expect(sum(distribution.municipalities)).toBe(1000);
  });

  it("takes a county recommendation off the national total, not off the county's other municipalities", async () => {
    const base = await distribute();
    const havbyBefore = byNumber(base).get('0201')!.requested;
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
      const distribution = await distribute({ total, em: undefined });
      expect(distribution.method).toBe('county-first');
      expect(sum(distribution.municipalities)).toBe(total);
      for (const m of distribution.municipalities)
        if (m.requested > 0) expect(m.requested).toBeGreaterThanOrEqual(m.explanation.minimum);
    },
  );

  it('splits directly when the rule set says so', async () => {
    const distribution = await distribute({
      total: 500,
      em: { under15: 0, from15To18: 10 },
      criteria: criteriaWith((document) => {
        document.rules.find((r) => r.event.type === 'distribution-method')!.event.params = {
          method: 'direct',
        };
      }),
    });
    expect(distribution.method).toBe('direct');
    expect(sum(distribution.municipalities)).toBe(500);
  });

  it('refuses minors beyond the total, naming the field', async () => {
    const tooMany = { total: 10, em: { under15: 5, from15To18: 6 } };
    await expect(distribute(tooMany)).rejects.toThrow(RejectedError);
    await expect(distribute(tooMany)).rejects.toMatchObject({ field: 'em' });
    await expect(distribute({ em: { under15: -1, from15To18: 6 } })).rejects.toMatchObject({
      field: 'emUnder15',
    });
  });
});
