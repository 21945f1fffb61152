import type { LatestDecision } from '../municipalities/municipal-decisions.repository.js';
import type { PersonRecord } from '../people/people.repository.js';
import type { Placement } from './placements.repository.js';
import type { Capacity } from './rank-municipalities.js';

/** Persons (and unaccompanied minors among them) per municipality. */
export type PersonsPerMunicipality = Map<string, { persons: number; em: number }>;

/**
 * What open placements hold of each municipality's capacity: the members of each placed household still waiting
 * (those settled already count as settled). A household's own placement is left out when it is the one asking.
 */
export function reservationsOf(
  openPlacements: Pick<Placement, 'householdId' | 'municipalityNumber'>[],
  waiting: Pick<PersonRecord, 'householdId' | 'unaccompaniedMinor'>[],
  exceptHousehold?: string,
): PersonsPerMunicipality {
  const reserved: PersonsPerMunicipality = new Map();
  const placedIn = new Map(
    openPlacements
      .filter((placement) => placement.householdId !== exceptHousehold)
      .map((placement) => [placement.householdId, placement.municipalityNumber]),
  );
  for (const person of waiting) {
    const municipalityNumber = placedIn.get(person.householdId);
    if (!municipalityNumber) continue;
    const held = reserved.get(municipalityNumber) ?? { persons: 0, em: 0 };
    reserved.set(municipalityNumber, {
      persons: held.persons + 1,
      em: held.em + (person.unaccompaniedMinor ? 1 : 0),
    });
  }
  return reserved;
}

/** Each deciding municipality's decision in force for the year, how many it has settled since, and what is reserved. */
export function capacityOf(
  decisions: LatestDecision[],
  settled: PersonsPerMunicipality,
  reserved: PersonsPerMunicipality = new Map(),
): Map<string, Capacity> {
  return new Map(
    decisions.map((decision) => [
      decision.municipalityNumber,
      {
        decided: decision.total,
        decidedEm: decision.em,
        settled: settled.get(decision.municipalityNumber)?.persons ?? 0,
        settledEm: settled.get(decision.municipalityNumber)?.em ?? 0,
        reserved: reserved.get(decision.municipalityNumber)?.persons ?? 0,
        reservedEm: reserved.get(decision.municipalityNumber)?.em ?? 0,
      },
    ]),
  );
}
