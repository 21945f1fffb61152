import { RejectedError } from '#domain';

import type { ReferenceData } from '../../municipalities/reference-data.js';
import { compileCriteria, FIXTURE_CRITERIA, FIXTURE_REFERENCE } from '../../testing/distribution-fixture.js';
import { backtest } from './backtest.js';

// The fixture's 12 municipalities, with "published" requests for 2026 that follow population more than last year.
const published2026: Record<string, number> = {
  '0101': 400,
  '0102': 80,
  '0103': 16,
  '0104': 0,
  '0105': 0,
  '0201': 190,
  '0202': 40,
  '0203': 8,
  '0204': 0,
  '0301': 100,
  '0302': 20,
  '0303': 0,
};
const reference: ReferenceData = {
  ...FIXTURE_REFERENCE,
  figures: [
    ...FIXTURE_REFERENCE.figures,
    ...Object.entries(published2026).map(([municipalityNumber, requested]) => ({
      year: 2026,
      municipalityNumber,
      requested: requested || null,
      decided: null,
      settled: null,
    })),
  ],
};
const run = (from = 2025, to = 2026) =>
  backtest({
    criteria: compileCriteria(FIXTURE_CRITERIA),
    reference,
    from,
    to,
    computedAt: '2026-01-01T00:00:00.000Z',
  });

describe('backtest', () => {
  it("compares the criteria and carrying over with the next year's published requests, on the same total", async () => {
    const report = await run();
    expect(report).toMatchObject({ from: 2025, to: 2026, total: 854, municipalities: 12 });
    for (const method of [report.criteria, report.carryingOver]) {
      expect(method.counties.reduce((sum, county) => sum + county.computed, 0)).toBe(854);
      expect(method.counties.reduce((sum, county) => sum + county.published, 0)).toBe(854);
      expect(method.pearson).toBeGreaterThan(0.9);
      expect(
        method.asked.both + method.asked.computedOnly + method.asked.publishedOnly + method.asked.neither,
      ).toBe(12);
      expect(method.largestDifferences.length).toBeLessThanOrEqual(10);
      expect(Math.abs(method.largestDifferences[0].difference)).toBeGreaterThanOrEqual(
        Math.abs(method.largestDifferences.at(-1)!.difference),
      );
    }
    expect(report.criteria.method).toBe('settlement-request-criteria 0.1.0');
    expect(report.carryingOver.method).toBe("2025's requests scaled to the new total");
    expect(report.criteria.asked.published).toBe(8);
    expect(report.figures.find((row) => row.kommunenummer === '0101')).toMatchObject({ published: 400 });
  });

  it("scales carrying over exactly: last year's requests in proportion, whole persons", async () => {
    const report = await run();
    const storby = report.figures.find((row) => row.kommunenummer === '0101')!;
    // Storby had 300 of last year's 655: of 854, 391.1.
    expect(storby.carryingOver).toBe(391);
    expect(report.figures.reduce((sum, row) => sum + row.carryingOver, 0)).toBe(854);
  });

  it('refuses years without published figures, and a comparison that is not with the next year', async () => {
    await expect(run(2026, 2027)).rejects.toMatchObject({ field: 'to' });
    await expect(run(2024, 2025)).rejects.toMatchObject({
      field: 'from',
      message: 'There are no published requests per municipality for 2024',
    });
    await expect(run(2024, 2026)).rejects.toThrow(RejectedError);
    await expect(run(2024, 2026)).rejects.toMatchObject({ field: 'to' });
  });
});
