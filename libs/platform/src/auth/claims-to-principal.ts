import type { JWTPayload } from 'jose';

import type { ClaimMapping, FieldMapping, IdentityClaims } from './claim-mapping.js';
import { AGENCIES, type Agency, Principal, type PrincipalKind, type Role, ROLES } from './principal.js';

/** What the issuer's entry in the configuration adds to the mapping. */
export interface IssuerFacts {
  issuer: string;
  /** Every token of this issuer is of this agency (an agency's own tenant), whatever the claims say. */
  agency?: Agency;
}

/** The token's claims say nothing usable about who the caller is (no subject). */
export class UnmappableClaimsError extends Error {}

const MUNICIPALITY_NUMBER = /^\d{4}$/;
const COUNTY_NUMBER = /^\d{2}$/;

function claimValue(claims: JWTPayload, name: string): unknown {
  if (name in claims) return claims[name];
  if (!name.includes('.')) return undefined;
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Every string a claim holds: an array's strings, or a string split on spaces and commas (OAuth `scope`). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value))
    return value.filter((item): item is string => typeof item === 'string' && item !== '');
  return [];
}

function firstString(claims: JWTPayload, names: string[]): string | undefined {
  for (const name of names) {
    const value = claimValue(claims, name);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function listOf<V extends string>(value: V | V[] | undefined): V[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The values a field takes: fixed, or read from its claims and translated when it lists `values`. */
function fieldValues<V extends string>(claims: JWTPayload, mapping: FieldMapping<V> | undefined): string[] {
  if (!mapping) return [];
  if (mapping.fixed !== undefined) return listOf(mapping.fixed);
  const read = (mapping.claims ?? []).flatMap((name) => stringsOf(claimValue(claims, name)));
  if (!mapping.values) return read;
  const values = mapping.values;
  return read.flatMap((value) => (Object.hasOwn(values, value) ? listOf(values[value]) : []));
}

function kindOf(claims: JWTPayload, mapping: ClaimMapping): PrincipalKind {
  if ('fixed' in mapping.kind) return mapping.kind.fixed;
  const { claim, equals } = mapping.kind.machineWhen;
  const value = claimValue(claims, claim);
  const machine = equals === undefined ? value !== undefined && value !== null : value === equals;
  return machine ? 'machine' : mapping.kind.default;
}

function identity(claims: JWTPayload, spec: IdentityClaims, kind: PrincipalKind): string | undefined {
  return firstString(claims, kind === 'machine' && spec.machineClaims ? spec.machineClaims : spec.claims);
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
const isAgency = (value: string): value is Agency => (AGENCIES as readonly string[]).includes(value);

/**
 * The principal a verified token's claims describe under the issuer's mapping. Values outside the services'
 * vocabulary (an unknown role, a malformed municipality number) are left out rather than trusted.
 */
export function principalFromClaims(
  claims: JWTPayload,
  mapping: ClaimMapping,
  issuer: IssuerFacts,
): Principal {
  const kind = kindOf(claims, mapping);
  const subject = identity(claims, mapping.subject, kind);
  if (!subject) throw new UnmappableClaimsError('the token names no subject the mapping knows');
  return new Principal({
    subject,
    issuer: issuer.issuer,
    displayName: identity(claims, mapping.displayName, kind) ?? subject,
    kind,
    agency: issuer.agency ?? fieldValues(claims, mapping.agency).find(isAgency),
    roles: fieldValues(claims, mapping.roles).filter(isRole),
    municipalities: fieldValues(claims, mapping.municipalities).filter((n) => MUNICIPALITY_NUMBER.test(n)),
    counties: fieldValues(claims, mapping.counties).filter((n) => COUNTY_NUMBER.test(n)),
    scopes: fieldValues(claims, mapping.scopes),
  });
}
