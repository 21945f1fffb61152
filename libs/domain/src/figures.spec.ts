import { percentOf } from './figures.js';

describe('percentOf', () => {
  it('gives a share as a percentage with one decimal', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(95, 100)).toBe(95);
    expect(percentOf(130, 120)).toBe(108.3);
  });

  it('has no share of nothing', () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(5, 0)).toBeNull();
  });
});
