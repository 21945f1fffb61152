/** What puts a person in a group with a target of its own. */
export interface GroupMembership {
  unaccompaniedMinor: boolean;
  familyWithChildren: boolean;
  resettlementRefugee: boolean;
}

/**
 * The groups waiting times are reported by, each person in exactly one: resettlement refugees (who wait abroad,
 * from their entry permit), then, of those waiting in reception and care centres, unaccompanied minors, families
 * with children and everyone else.
 */
export const WAITING_GROUPS = [
  'resettlement-refugees',
  'unaccompanied-minors',
  'families-with-children',
  'others',
] as const;
export type WaitingGroup = (typeof WAITING_GROUPS)[number];

export function groupOf(person: GroupMembership): WaitingGroup {
  if (person.resettlementRefugee) return 'resettlement-refugees';
  if (person.unaccompaniedMinor) return 'unaccompanied-minors';
  if (person.familyWithChildren) return 'families-with-children';
  return 'others';
}
