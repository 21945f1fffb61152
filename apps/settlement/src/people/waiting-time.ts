import { addMonths, daysBetween } from '#domain';

import type { GroupMembership } from './waiting-groups.js';
import type { WaitingTargets } from './waiting-targets.js';

export interface WaitingPerson extends GroupMembership {
  /** The permit the waiting time runs from: the residence permit, or a resettlement refugee's entry permit. */
  permitDate: string;
}

/**
 * A person's target: the shortest of the general one and those of the groups the person belongs to, so a group
 * target set at or above the general one changes nothing.
 */
export function targetMonths(person: GroupMembership, targets: WaitingTargets): number {
  return Math.min(
    targets.waitingTargetMonths,
    ...(person.unaccompaniedMinor ? [targets.waitingTargetMonthsUnaccompaniedMinors] : []),
    ...(person.familyWithChildren ? [targets.waitingTargetMonthsFamiliesWithChildren] : []),
    ...(person.resettlementRefugee ? [targets.waitingTargetMonthsResettlementRefugees] : []),
  );
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
