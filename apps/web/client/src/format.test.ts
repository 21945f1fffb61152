import { describe, expect, it } from 'vitest';

import { formatAge, formatCount, formatDifference, formatPercent, occupancyPercent } from './format';

const NBSP = '\u00a0';

describe('figure formatting', () => {
  it('groups digits the Norwegian and the English way', () => {
    expect(formatCount(12640, 'nb')).toBe(`12${NBSP}640`);
    expect(formatCount(12640, 'en')).toBe('12,640');
    expect(formatCount(0, 'nb')).toBe('0');
  });

  it('shows a missing figure as a dash, never as 0', () => {
    expect(formatCount(null, 'nb')).toBe('–');
    expect(formatCount(undefined, 'en')).toBe('–');
    expect(formatPercent(null, 'nb')).toBe('–');
    expect(formatDifference(null, 'nb')).toBe('–');
  });

  it('writes percentages with a decimal comma and a space in Norwegian', () => {
    expect(formatPercent(85.5, 'nb')).toBe('85,5 %');
    expect(formatPercent(85.5, 'en')).toBe('85.5%');
    expect(formatPercent(100, 'nb')).toBe('100 %');
    expect(formatPercent(33.333, 'nb')).toBe('33,3 %');
  });

  it('signs differences', () => {
    expect(formatDifference(3, 'nb')).toBe('+3');
    expect(formatDifference(-1200, 'nb')).toBe(`−1${NBSP}200`);
    expect(formatDifference(0, 'en')).toBe('0');
  });

  it('computes occupancy as the services do: one decimal, none without places', () => {
    expect(occupancyPercent(2, 2)).toBe(100);
    expect(occupancyPercent(1, 3)).toBe(33.3);
    expect(occupancyPercent(5, 0)).toBeNull();
  });

  it('tells the age of an escalation in hours, then days', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(formatAge('2026-11-26T07:00:00Z', now, 'nb')).toBe('5 t');
    expect(formatAge('2026-11-26T07:00:00Z', now, 'en')).toBe('5 h');
    expect(formatAge('2026-11-23T12:00:00Z', now, 'nb')).toBe('3 d');
  });
});
