import type { WeeklyWaiting } from './checks.repository.js';

/** The series the long-waits rules read: the number beyond the target, and their share of those waiting (%). */
export function longWaitSeries(weeks: WeeklyWaiting[]): { beyond: number[]; share: number[] } {
  return {
    beyond: weeks.map((week) => week.beyondTarget),
    // A week nobody waits has nobody waiting long: 0 %, so the series keeps one number per week.
    share: weeks.map((week) =>
      week.waiting > 0 ? Math.round((week.beyondTarget / week.waiting) * 1000) / 10 : 0,
    ),
  };
}
