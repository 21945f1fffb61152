import { addMonths, daysBetween } from '#domain';

import type { WaitingTargets } from './waiting-targets.js';

export interface WaitingPerson {
  permitDate: string;
  unaccompaniedMinor: boolean;
  familyWithChildren: boolean;
}

/** A person's target: the general one, or the shortest of the targets of the groups the person belongs to. */
export function targetMonths(
  person: Pick<WaitingPerson, 'unaccompaniedMinor' | 'familyWithChildren'>,
  targets: WaitingTargets,
): number {
  const groups = [
    ...(person.unaccompaniedMinor ? [targets.waitingTargetMonthsUnaccompaniedMinors] : []),
    ...(person.familyWithChildren ? [targets.waitingTargetMonthsFamiliesWithChildren] : []),
  ];
  return groups.length > 0 ? Math.min(...groups) : targets.waitingTargetMonths;
}

export interface WaitingTime {
  targetMonths: number;
  targetDate: string;
  daysWaiting: number;
  /** Days past the target date; 0 or less while within the target. */
  daysPastTarget: number;
  beyondTarget: boolean;
}

export function waitingTime(person: WaitingPerson, asOf: string, targets: WaitingTargets): WaitingTime {
  const months = targetMonths(person, targets);
  const targetDate = addMonths(person.permitDate, months);
  const daysPastTarget = daysBetween(targetDate, asOf);
  return {
    targetMonths: months,
    targetDate,
    daysWaiting: daysBetween(person.permitDate, asOf),
    daysPastTarget,
    beyondTarget: daysPastTarget > 0,
  };
}
