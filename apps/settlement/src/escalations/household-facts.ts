import type { FactValues } from '#rules';

import type { WaitingTargets } from '../people/waiting-targets.js';
import { type WaitingPerson, waitingTime } from '../people/waiting-time.js';

/** The household facts of the settlement escalation rules, from the members still waiting; null when nobody waits. */
export function householdFacts(waiting: WaitingPerson[], asOf: string, targets: WaitingTargets): FactValues {
  return {
    householdDaysPastTarget: waiting.length
      ? Math.max(...waiting.map((person) => waitingTime(person, asOf, targets).daysPastTarget))
      : null,
    householdHasUnaccompaniedMinor: waiting.length
      ? waiting.some((person) => person.unaccompaniedMinor)
      : null,
  };
}

/** The household facts when the national triggers are judged. */
export const HOUSEHOLD_FACTS_ABSENT = {
  householdDaysPastTarget: null,
  householdHasUnaccompaniedMinor: null,
} satisfies FactValues;
