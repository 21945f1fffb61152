import type { WaitingTargets } from './waiting-targets.js';
import { waitingTime, type WaitingPerson } from './waiting-time.js';

export interface WaitingFigures {
  waiting: number;
  beyondTarget: number;
  shareBeyondTarget: number | null;
  medianDaysWaiting: number | null;
}

export function waitingFigures(
  people: WaitingPerson[],
  asOf: string,
  targets: WaitingTargets,
): WaitingFigures {
  const times = people.map((person) => waitingTime(person, asOf, targets));
  const beyond = times.filter((time) => time.beyondTarget).length;
  const days = times.map((time) => time.daysWaiting).sort((a, b) => a - b);
  return {
    waiting: people.length,
    beyondTarget: beyond,
    shareBeyondTarget: people.length ? Math.round((beyond / people.length) * 1000) / 10 : null,
    medianDaysWaiting: days.length ? days[Math.floor(days.length / 2)] : null,
  };
}
