import type { PersonReady } from '#contracts';

import type { ResettlementRecord } from './resettlement.repository.js';

/**
 * A resettlement refugee as a settlement-ready person, once both the entry permit is granted and the person is
 * mapped (in either order): the waiting time runs from the entry permit, ready from the later of the two days.
 */
export function readyPersonOf(record: ResettlementRecord): PersonReady | undefined {
  if (!record.entryPermitDate || !record.mappedOn) return undefined;
  return {
    personId: record.personId,
    householdId: record.householdId,
    householdSize: record.householdSize,
    permitDate: record.entryPermitDate,
    unaccompaniedMinor: record.unaccompaniedMinor,
    ageBand: record.ageBand,
    familyWithChildren: record.familyWithChildren,
    needs: record.needs ?? [],
    readyOn: record.mappedOn > record.entryPermitDate ? record.mappedOn : record.entryPermitDate,
  };
}
