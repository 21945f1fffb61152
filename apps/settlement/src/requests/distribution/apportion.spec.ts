import { apportion, ApportionmentError, type Claimant } from './apportion.js';

const claimant = (id: string, weight: number, bounds: Partial<Claimant> = {}): Claimant => ({
  id,
  weight,
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
  belowMinimum: 'exclude',
  ...bounds,
});

describe('apportion', () => {
  it('splits exactly in proportion with the largest remainders', () => {
    const result = apportion(10, [claimant('a', 1), claimant('b', 1), claimant('c', 1)]);
    expect(result.map((r) => r.persons)).toEqual([4, 3, 3]);
  });

  it('is deterministic and adds up for awkward weights', () => {
    const claimants = Array.from({ length: 50 }, (_, i) => claimant(`m${i}`, 1 + ((i * 37) % 11) / 7));
    const first = apportion(1234, claimants);
    expect(first.reduce((sum, r) => sum + r.persons, 0)).toBe(1234);
    expect(apportion(1234, claimants)).toEqual(first);
  });

  it('drops claimants whose share is below the minimum, smallest first, and shares again', () => {
    const result = apportion(30, [
      claimant('big', 10, { minimum: 10 }),
      claimant('mid', 5, { minimum: 10 }),
      claimant('tiny', 1, { minimum: 10 }),
    ]);
    expect(result.map((r) => [r.id, r.persons])).toEqual([
      ['big', 20],
      ['mid', 10],
      ['tiny', 0],
    ]);
    expect(result[2].adjustments[0]).toContain('below the minimum request of 10');
  });

  it('raises to the minimum when told to', () => {
    const raise = { minimum: 5, belowMinimum: 'raise' as const };
    const result = apportion(30, [claimant('big', 10, raise), claimant('tiny', 1, raise)]);
    expect(result.map((r) => r.persons)).toEqual([25, 5]);
  });

  it('caps at the maximum and gives the rest to the others', () => {
    const result = apportion(100, [claimant('a', 8, { maximum: 50 }), claimant('b', 1), claimant('c', 1)]);
    expect(result.map((r) => r.persons)).toEqual([50, 25, 25]);
    expect(result[0].adjustments[0]).toContain('capped at 50');
  });

  it('keeps figures set from outside and shares the rest', () => {
    const result = apportion(100, [claimant('a', 1, { fixed: 40 }), claimant('b', 1), claimant('c', 2)]);
    expect(result.map((r) => r.persons)).toEqual([40, 20, 40]);
  });

  it('refuses what cannot add up', () => {
    expect(() =>
      apportion(100, [claimant('a', 1, { maximum: 30 }), claimant('b', 1, { maximum: 30 })]),
    ).toThrow(ApportionmentError);
  });

  describe('in multiples of a step', () => {
    it('gives multiples of the step that add up exactly, by largest remainder', () => {
      const result = apportion(100, [claimant('a', 5), claimant('b', 3), claimant('c', 2)], 5);
      expect(result.map((r) => r.persons)).toEqual([50, 30, 20]);
      const uneven = apportion(100, [claimant('a', 1), claimant('b', 1), claimant('c', 1)], 5);
      expect(uneven.map((r) => r.persons)).toEqual([35, 35, 30]);
    });

    it('gives what the total does not divide into steps to one claimant, and says so', () => {
      const result = apportion(103, [claimant('a', 1), claimant('b', 1), claimant('c', 1)], 5);
      expect(result.reduce((sum, r) => sum + r.persons, 0)).toBe(103);
      expect(result.filter((r) => r.persons % 5 !== 0)).toHaveLength(1);
      expect(result.flatMap((r) => r.adjustments)).toContain(
        'given 3 more than a multiple of 5, so the total is exact',
      );
    });

    it('keeps minimums that are not multiples of the step, and maximums', () => {
      const result = apportion(
        40,
        [
          claimant('a', 10, { maximum: 22 }),
          claimant('b', 3, { minimum: 8 }),
          claimant('c', 3, { minimum: 8 }),
        ],
        5,
      );
      expect(result.reduce((sum, r) => sum + r.persons, 0)).toBe(40);
      expect(result[0].persons).toBeLessThanOrEqual(22);
      for (const r of result.slice(1)) expect(r.persons).toBeGreaterThanOrEqual(8);
    });

    it('leaves figures set from outside as they are', () => {
      const result = apportion(100, [claimant('a', 1, { fixed: 42 }), claimant('b', 1), claimant('c', 1)], 5);
      expect(result[0].persons).toBe(42);
      expect(result.reduce((sum, r) => sum + r.persons, 0)).toBe(100);
    });
  });
});
