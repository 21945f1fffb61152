import type { Agency } from './principal.js';

/** The agency that runs the service (for `ownAgency` access rules), or undefined for another application. */
export const SERVICE_AGENCY = Symbol('SERVICE_AGENCY');

/** The agency whose service each is: its own staff are the ones `ownAgency` rules let in. */
export const SERVICE_AGENCIES: Readonly<Record<string, Agency>> = {
  settlement: 'IMDi',
  reception: 'UDI',
  'care-centres': 'Bufdir',
};
