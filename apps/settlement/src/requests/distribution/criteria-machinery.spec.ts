import { RejectedError } from '#domain';

import { parseIndicatorsCsv } from '../../municipalities/indicators-csv.js';
import {
  byNumber,
  criteriaWith,
  distributeFixture as distribute,
  FIXTURE_CRITERIA,
  FIXTURE_MUNICIPALITIES as known,
  sumOf as sum,
} from '../../testing/distribution-fixture.js';

const employmentOnly = (whenNoData: 'refuse' | 'redistribute' | undefined) =>
  criteriaWith((document) => {
    const employment = document.rules.find((rule) => rule.name === 'weight-employment')!;
    employment.event.params = { ...employment.event.params, whenNoData };
    if (whenNoData === undefined) delete employment.event.params.whenNoData;
  });

describe('criteria with nothing to go on', () => {
  it('refuse the distribution by default, naming the criterion and the fact', async () => {
    const refused = distribute({ criteria: employmentOnly(undefined) });
    await expect(refused).rejects.toThrow(RejectedError);
    await expect(distribute({ criteria: employmentOnly('refuse') })).rejects.toThrow(
      /The criterion "employment" has nothing to go on: no municipality asked has a value for employmentRate/,
    );
  });

  it('are left out with a warning when the rule set says so, their weight shared by the others', async () => {
    const distribution = await distribute({ criteria: employmentOnly('redistribute') });
    expect(distribution.warnings).toContain(
      'The criterion "employment" was left out: no municipality asked has a value for employmentRate (scaled by population); ' +
        'its weight (0.3) went to the other criteria in proportion to theirs',
    );
    expect(distribution.warnings).toContain(
      'No municipality has a value for employmentRate: no rule on it applies (supply it as an indicator)',
    );
    const storby = byNumber(distribution).get('0101')!;
    expect(storby.explanation.criteria.map((c) => c.criterion)).toEqual(['population']);
    expect(sum(distribution.municipalities)).toBe(1000);
  });

  it('weigh as soon as the indicator is supplied, a rate scaled by size', async () => {
    const rows = [...known].map((number) => `${number};71,5`).join('\n');
    const indicators = parseIndicatorsCsv(
      `kommunenummer;employmentRate\n${rows}\n`,
      FIXTURE_CRITERIA.facts,
      known,
    );
    const distribution = await distribute({ indicators });
    expect(distribution.warnings.some((warning) => warning.includes('"employment"'))).toBe(false);
    const shares = new Map(
      distribution.municipalities.flatMap((m) =>
        m.explanation.criteria
          .filter((c) => c.criterion === 'employment')
          .map((c) => [m.kommunenummer, c.share]),
      ),
    );
    // Equal rates: the shares follow the populations (200 000 against 40 000), not 1/N each.
    expect(shares.get('0101')! / shares.get('0102')!).toBeCloseTo(5, 10);
  });
});

describe('rounding declared in the rule set', () => {
  const inFives = criteriaWith((document) => {
    document.rules.push({
      name: 'round-to-5',
      conditions: { all: [{ fact: 'year', operator: 'greaterThan', value: 0 }] },
      event: { type: 'rounding', params: { step: 5 } },
    });
  });

  it('gives multiples of the step with the totals still exact', async () => {
    const distribution = await distribute({ criteria: inFives });
    expect(sum(distribution.municipalities)).toBe(1000);
    expect(distribution.municipalities.filter((m) => m.requested % 5 !== 0)).toEqual([]);
    expect(distribution.municipalities.reduce((total, m) => total + m.em, 0)).toBe(50);
  });

  it('puts what a total does not divide into steps on as few figures as it can', async () => {
    const distribution = await distribute({ criteria: inFives, total: 1003 });
    expect(sum(distribution.municipalities)).toBe(1003);
    expect(distribution.municipalities.filter((m) => m.requested % 5 !== 0).length).toBeLessThanOrEqual(1);
  });
});
