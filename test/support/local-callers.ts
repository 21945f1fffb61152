import { readFileSync } from 'node:fs';

import { decodeJwt } from 'jose';

import { localKeycloakToken, SERVICE_AGENCIES, type ServiceName } from '#platform';

import { ACCESS_MATRIX, type RouteCallers } from '../../apps/access-matrix.js';

/**
 * The callers of the local Keycloak realm (infra/keycloak/realm/refugees-realm.json) as the tests use them: a
 * user name (`policy-approver-imdi`) or an integrator client (`udi-integrator`), with the roles, agency and
 * municipalities the realm gives them, and their real tokens, cached until shortly before they expire.
 */
export interface LocalCaller {
  name: string;
  kind: 'user' | 'client';
  roles: string[];
  agency?: string;
  municipalities: string[];
  counties: string[];
}

interface RealmFile {
  users: {
    username: string;
    realmRoles?: string[];
    attributes?: Record<string, string[]>;
    serviceAccountClientId?: string;
  }[];
  clients: { clientId: string; protocolMappers?: { name: string; config?: Record<string, string> }[] }[];
}

function readRealm(): LocalCaller[] {
  const realm = JSON.parse(
    readFileSync(new URL('../../infra/keycloak/realm/refugees-realm.json', import.meta.url), 'utf8'),
  ) as RealmFile;
  const callers: LocalCaller[] = [];
  for (const user of realm.users) {
    if (user.username.startsWith('service-account-')) continue;
    callers.push({
      name: user.username,
      kind: 'user',
      roles: user.realmRoles ?? [],
      agency: user.attributes?.agency?.[0],
      municipalities: user.attributes?.municipalities ?? [],
      counties: user.attributes?.county ?? [],
    });
  }
  for (const client of realm.clients.filter((c) => c.clientId.endsWith('-integrator'))) {
    const account = realm.users.find((u) => u.username === `service-account-${client.clientId}`);
    callers.push({
      name: client.clientId,
      kind: 'client',
      roles: account?.realmRoles ?? [],
      agency: client.protocolMappers?.find((m) => m.name === 'agency')?.config?.['claim.value'],
      municipalities: [],
      counties: [],
    });
  }
  return callers;
}

/** Every user and integrator client of the local realm. */
export const LOCAL_CALLERS: readonly LocalCaller[] = readRealm();

export function localCaller(name: string): LocalCaller {
  const caller = LOCAL_CALLERS.find((c) => c.name === name);
  if (!caller) {
    throw new Error(
      `No caller "${name}" in the local realm (${LOCAL_CALLERS.map((c) => c.name).join(', ')})`,
    );
  }
  return caller;
}

const tokens = new Map<string, { token: string; expiresAt: number }>();

/** A real token of the local Keycloak for the caller; reused until 30 s before it expires. */
export async function tokenOf(name: string): Promise<string> {
  const cached = tokens.get(name);
  if (cached && cached.expiresAt - 30_000 > Date.now()) return cached.token;
  const caller = localCaller(name);
  const token = await localKeycloakToken(caller.kind === 'user' ? { user: name } : { client: name });
  tokens.set(name, { token, expiresAt: (decodeJwt(token).exp ?? 0) * 1000 });
  return token;
}

/** Whether the caller is one the matrix names ("analyst", "caseworker (own agency)", "integrator (IMDi)"). */
export function isNamedBy(entry: string, caller: LocalCaller, service: ServiceName): boolean {
  const [, role, qualifier] = /^([a-z-]+)(?: \((.+)\))?$/.exec(entry) ?? [];
  if (!role) throw new Error(`Cannot read the matrix entry "${entry}"`);
  if (!caller.roles.includes(role)) return false;
  if (qualifier === undefined) return true;
  return caller.agency === (qualifier === 'own agency' ? SERVICE_AGENCIES[service] : qualifier);
}

export function mayCall(callers: RouteCallers, caller: LocalCaller, service: ServiceName): boolean {
  return callers === 'public' || callers.some((entry) => isNamedBy(entry, caller, service));
}

/** The matrix entry of a concrete call: `GET /settlement/requests/2026?format=csv` → its route's callers. */
export function routeOf(
  service: ServiceName,
  method: string,
  path: string,
): { route: string; callers: RouteCallers } | undefined {
  const bare = path.split('?')[0].replace(/\/+$/, '') || '/';
  const candidates = Object.entries(ACCESS_MATRIX[service]).filter(([route]) => {
    const [routeMethod, pattern] = route.split(' ');
    if (routeMethod !== method.toUpperCase()) return false;
    const regex = new RegExp(`^${pattern.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
    return regex.test(bare);
  });
  // A literal segment wins over a parameter (`/requests/distribute` before `/requests/:year`).
  candidates.sort(([a], [b]) => (a.match(/:/g)?.length ?? 0) - (b.match(/:/g)?.length ?? 0));
  const [found] = candidates;
  return found ? { route: found[0], callers: found[1] } : undefined;
}

/**
 * Who calls when a test names nobody: the first of these the matrix lets call the route — the service's own
 * approver, author or caseworker before the others, the two-municipality user for municipal routes.
 */
function preferredCallers(service: ServiceName): string[] {
  const own = SERVICE_AGENCIES[service].toLowerCase();
  return [
    `policy-approver-${own}`,
    `policy-author-${own}`,
    `caseworker-${own}`,
    'analyst',
    'operator',
    'committee-member',
    'auditor',
    'county-staff-vestland',
    'municipality-staff-oslo-bergen',
    `${own}-integrator`,
  ];
}

/** The default caller of a call, or undefined for a public route or one the matrix does not know. */
export function defaultCallerOf(service: ServiceName, method: string, path: string): string | undefined {
  const route = routeOf(service, method, path);
  if (!route || route.callers === 'public') return undefined;
  return preferredCallers(service).find((name) => mayCall(route.callers, localCaller(name), service));
}
