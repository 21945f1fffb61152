import type { JWTPayload } from 'jose';

import { type ClaimMapping, principalFromClaims } from '#platform';

import type { SignedInUser } from './session-store.js';

/** The signed-in user the ID token's claims describe, read with the same claim mapping the services use. */
export function userFromClaims(claims: JWTPayload, mapping: ClaimMapping, issuer: string): SignedInUser {
  const principal = principalFromClaims(claims, mapping, { issuer });
  return {
    subject: principal.subject,
    displayName: principal.displayName,
    agency: principal.agency ?? null,
    roles: [...principal.roles],
    municipalities: [...principal.municipalities],
    counties: [...principal.counties],
  };
}
