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
});
