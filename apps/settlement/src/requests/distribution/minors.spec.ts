import { parseIndicatorsCsv } from '../../municipalities/indicators-csv.js';
import {
  byNumber,
  distributeFixture as distribute,
  FIXTURE_CRITERIA,
  FIXTURE_MUNICIPALITIES as known,
} from '../../testing/distribution-fixture.js';
import { minorsOf } from './minors-of-command.js';

const services = (...numbers: string[]) =>
  parseIndicatorsCsv(
    `kommunenummer;emServices\n${numbers.map((number) => `${number};ja`).join('\n')}\n`,
    FIXTURE_CRITERIA.facts,
    known,
  );

describe('unaccompanied minors in a distribution', () => {
  it('go to the municipalities policy staff say have services for them, by age band', async () => {
    const distribution = await distribute({ indicators: services('0102', '0202', '0302') });
    const withMinors = distribution.municipalities.filter((m) => m.em > 0).map((m) => m.kommunenummer);
    expect(withMinors.every((number) => ['0102', '0202', '0302'].includes(number))).toBe(true);
    expect(distribution.warnings.some((warning) => warning.includes('fallback'))).toBe(false);
    expect(byNumber(distribution).get('0101')!.explanation.em.eligible).toBe(false);
  });

  it('follow the population rule only as the declared fallback, with a warning', async () => {
    const distribution = await distribute();
    expect(distribution.warnings).toContain(
      'No municipality asked is known to offer services for unaccompanied minors or to have settled them last year: ' +
        'minors follow the fallback rule (15 000 inhabitants or more). Supply emServices to ask those that do',
    );
    expect(byNumber(distribution).get('0101')!.explanation.em.reasons).toEqual([
      '15 000 inhabitants or more',
    ]);
  });

  it('go out in groups of at least the EM minimum per age band', async () => {
    const distribution = await distribute({ em: { under15: 7, from15To18: 40 } });
    for (const m of distribution.municipalities) {
      if (m.emUnder15 > 0) expect(m.emUnder15).toBeGreaterThanOrEqual(3);
      if (m.em15To18 > 0) expect(m.em15To18).toBeGreaterThanOrEqual(3);
      expect(m.explanation.em.minimum).toBe(3);
    }
    expect(distribution.municipalities.filter((m) => m.emUnder15 > 0).length).toBeLessThanOrEqual(2);
    expect(distribution.municipalities.reduce((sum, m) => sum + m.emUnder15, 0)).toBe(7);
  });

  it('send a band smaller than the minimum group whole to one municipality', async () => {
    const distribution = await distribute({ em: { under15: 2, from15To18: 0 } });
    expect(distribution.municipalities.filter((m) => m.emUnder15 > 0).map((m) => m.emUnder15)).toEqual([2]);
  });
});

describe('minorsOf (the EM figures a distribution command asks for)', () => {
  const need = { emUnder15: 80, em15To18: 571 };

  it('takes the age bands given, or the need when the need is distributed', () => {
    expect(minorsOf({ total: 100, emUnder15: 2, em15To18: 8 }, need)).toEqual({
      em: { under15: 2, from15To18: 8 },
      warnings: [],
    });
    expect(minorsOf({}, need)).toEqual({ em: { under15: 80, from15To18: 571 }, warnings: [] });
  });

  it('reads one EM figure without bands as 15–18, with a warning', () => {
    const minors = minorsOf({ total: 100, em: 10 }, need);
    expect(minors.em).toEqual({ under15: 0, from15To18: 10 });
    expect(minors.warnings[0]).toContain('distributed as 15–18');
  });

  it('leaves EM unknown (not 0) when a total is given without any EM figure', () => {
    expect(minorsOf({ total: 100 }, need)).toEqual({ warnings: [] });
  });

  it('refuses an EM figure that contradicts its bands', () => {
    expect(() => minorsOf({ total: 100, em: 9, emUnder15: 2, em15To18: 8 }, need)).toThrow(
      'em must be emUnder15 + em15To18',
    );
  });
});
