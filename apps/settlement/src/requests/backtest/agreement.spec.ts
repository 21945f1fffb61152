import { agreement, pearson, ranks, spearman } from './agreement.js';

describe('agreement', () => {
  it("is Pearson's r on the figures, Spearman's ρ on their ranks, and the mean absolute error", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
    // Monotonic but not linear: ρ is 1, r is below it.
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 100])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3, 4], [1, 4, 9, 100])).toBeLessThan(0.9);
    expect(agreement([10, 20, 0], [12, 17, 0]).meanAbsoluteError).toBeCloseTo(5 / 3, 12);
  });

  it('ranks ties with the average of the ranks they cover', () => {
    expect(ranks([0, 5, 0, 9])).toEqual([1.5, 3, 1.5, 4]);
  });
});
