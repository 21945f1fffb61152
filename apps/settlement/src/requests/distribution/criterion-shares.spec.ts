import type { FactDeclaration, FactValues, RuleOutcome } from '#rules';

import type { FactSource } from '../../municipalities/municipality-facts.js';
import { type CriterionParams, criterionShares, measureOf } from './criterion-shares.js';
import type { Evaluated } from './evaluations.js';

const outcome = (params: CriterionParams): RuleOutcome => ({
  rule: params.criterion,
  fired: true,
  eventType: 'criterion',
  params: params as unknown as Record<string, unknown>,
  facts: {},
  conditions: { all: [] },
});

/** A municipality as the criteria judged it: its facts, and the criteria that fired for it. */
const evaluated = (
  number: string,
  facts: FactValues,
  criteria: CriterionParams[],
  sources: Record<string, FactSource> = {},
): Evaluated => ({
  municipality: { number, name: number, countyNumber: '01', countyName: 'Fylke', population: 0, values: {} },
  resolved: { facts, sources, missing: [] },
  fired: criteria.map(outcome),
});

const sharesOf = (asked: Evaluated[], criterion: CriterionParams, declarations: FactDeclaration[] = []) => {
  const result = criterionShares(asked, new Map(declarations.map((d) => [d.name, d])), [criterion]);
  return {
    shares: asked.map((m) => result.contributions.get(m.municipality.number)?.[0]?.share ?? 0),
    contributions: asked.map((m) => result.contributions.get(m.municipality.number)?.[0]),
    withoutData: result.withoutData,
  };
};

describe('criterionShares', () => {
  it('shares a size criterion in proportion to the value, or to a power of it (concave size)', () => {
    const linear: CriterionParams = { criterion: 'size', fact: 'population', weight: 1, direction: 'higher' };
    const towns = [
      evaluated('a', { population: 10000 }, [linear]),
      evaluated('b', { population: 40000 }, [linear]),
    ];
    expect(sharesOf(towns, linear).shares).toEqual([0.2, 0.8]);

    const root: CriterionParams = { ...linear, power: 0.5 };
    const rooted = [
      evaluated('a', { population: 10000 }, [root]),
      evaluated('b', { population: 40000 }, [root]),
    ];
    const { shares, contributions } = sharesOf(rooted, root);
    expect(shares[0]).toBeCloseTo(1 / 3, 10); // √10 000 : √40 000 = 100 : 200
    expect(contributions[1]).toMatchObject({ basis: 200, measure: 'population^0.5' });
  });

  it('scales a rate by size, so equal rates share like the populations, not 1/N each', () => {
    const rate: CriterionParams = {
      criterion: 'employment',
      fact: 'employmentRate',
      scaleBy: 'population',
      weight: 1,
      direction: 'higher',
    };
    const asked = [
      evaluated('small', { employmentRate: 70, population: 1000 }, [rate]),
      evaluated('large', { employmentRate: 70, population: 99000 }, [rate]),
    ];
    const { shares, contributions } = sharesOf(asked, rate);
    expect(shares).toEqual([0.01, 0.99]);
    expect(contributions[0]!.measure).toBe('employmentRate × population');

    const concave = { ...rate, scalePower: 0.5 };
    const rooted = [
      evaluated('small', { employmentRate: 70, population: 10000 }, [concave]),
      evaluated('large', { employmentRate: 70, population: 40000 }, [concave]),
    ];
    expect(sharesOf(rooted, concave).shares[0]).toBeCloseTo(1 / 3, 10);
  });

  it("counts 'lower asks more' as the distance below the declared maximum, not as 1/value", () => {
    const lower: CriterionParams = {
      criterion: 'share',
      fact: 'immigrantSharePercent',
      weight: 1,
      direction: 'lower',
    };
    const asked = [
      evaluated('a', { immigrantSharePercent: 3 }, [lower]),
      evaluated('b', { immigrantSharePercent: 30 }, [lower]),
    ];
    const declared: FactDeclaration[] = [
      { name: 'immigrantSharePercent', type: 'number', description: 'x', range: { min: 0, max: 100 } },
    ];
    const { shares, contributions } = sharesOf(asked, lower, declared);
    expect(shares[0] / shares[1]).toBeCloseTo(97 / 70, 10); // not 10 : 1
    expect(contributions[0]!.measure).toBe('100 − immigrantSharePercent');
    // Without a declared maximum, the largest value is the ceiling.
    expect(sharesOf(asked, lower).shares).toEqual([1, 0]);
  });

  it('reports a criterion no municipality has a value for, instead of sharing it equally', () => {
    const rate: CriterionParams = {
      criterion: 'employment',
      fact: 'employmentRate',
      weight: 1,
      direction: 'higher',
    };
    const asked = [
      evaluated('a', { employmentRate: null }, [rate], { employmentRate: 'no municipality has a value' }),
      evaluated('b', { employmentRate: null }, [rate], { employmentRate: 'no municipality has a value' }),
    ];
    const { contributions, withoutData } = sharesOf(asked, rate);
    expect(withoutData).toEqual([rate]);
    expect(contributions).toEqual([undefined, undefined]);
    // A criterion declared in the rule set that fires for nobody is reported too.
    expect(sharesOf([evaluated('a', { employmentRate: 70 }, [])], rate).withoutData).toEqual([rate]);
  });

  it('names what a criterion measures', () => {
    expect(
      measureOf({
        criterion: 'x',
        fact: 'employmentRate',
        scaleBy: 'population',
        scalePower: 0.6,
        power: 2,
        weight: 1,
        direction: 'higher',
      }),
    ).toBe('employmentRate^2 × population^0.6');
    expect(measureOf({ criterion: 'x', fact: 'share', power: 0.5, weight: 1, direction: 'lower' }, 100)).toBe(
      '(100 − share)^0.5',
    );
  });
});
