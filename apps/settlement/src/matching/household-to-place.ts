import type { PersonRecord } from '../people/people.repository.js';
import type { HouseholdToPlace } from './rank-municipalities.js';

/** A household as matching sees it: its members still waiting, the minors among them and their needs. */
export function householdToPlace(householdId: string, waitingMembers: PersonRecord[]): HouseholdToPlace {
  return {
    householdId,
    persons: waitingMembers.length,
    unaccompaniedMinors: waitingMembers.filter((person) => person.unaccompaniedMinor).length,
    familyWithChildren: waitingMembers.some((person) => person.familyWithChildren),
    resettlementRefugees: waitingMembers.filter((person) => person.resettlementRefugee).length,
    needs: [...new Set(waitingMembers.flatMap((person) => person.needs))],
  };
}
