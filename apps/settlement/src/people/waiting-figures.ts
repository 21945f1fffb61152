import { percentOf } from '#domain';

import type { WaitingTargets } from './waiting-targets.js';
import { type WaitingPerson, waitingTime } from './waiting-time.js';

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
    shareBeyondTarget: percentOf(beyond, people.length),
    medianDaysWaiting: days.length ? days[Math.floor(days.length / 2)] : null,
  };
}
