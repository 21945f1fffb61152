import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { type AccessRule, listRouteAccess, type RouteAccess, type ServiceName } from '#platform';

import { ACCESS_MATRIX, type RouteCallers } from './access-matrix.js';
import { readCareCentresConfig } from './care-centres/src/care-centres.config.js';
import { CareCentresModule } from './care-centres/src/care-centres.module.js';
import { readReceptionConfig } from './reception/src/reception.config.js';
import { ReceptionModule } from './reception/src/reception.module.js';
import { readSettlementConfig } from './settlement/src/settlement.config.js';
import { SettlementModule } from './settlement/src/settlement.module.js';

/** Each service's module as it runs, built in preview mode: its routes and their declarations, no I/O. */
const MODULES: Record<ServiceName, () => unknown> = {
  settlement: () => SettlementModule.with(readSettlementConfig({})),
  reception: () => ReceptionModule.with(readReceptionConfig({})),
  'care-centres': () => CareCentresModule.with(readCareCentresConfig({})),
};

/** A rule in the matrix's words: one caller per role, qualified by the agency it must be of. */
function callersOfRule(rule: AccessRule): string[] {
  if (rule.scopes?.length || rule.kind || !rule.roles?.length) {
    throw new Error(`The matrix has no words for ${JSON.stringify(rule)}: extend apps/access-matrix.ts`);
  }
  const qualifiers = rule.ownAgency ? [' (own agency)'] : (rule.agencies ?? []).map((a) => ` (${a})`);
  return rule.roles.flatMap((role) => (qualifiers.length ? qualifiers : ['']).map((q) => `${role}${q}`));
}

function callersOf(route: RouteAccess): RouteCallers | undefined {
  if (!route.access) return undefined;
  if (route.access.public) return 'public';
  return route.access.rules.flatMap(callersOfRule).sort();
}

const sorted = (callers: RouteCallers | undefined) =>
  callers === undefined || callers === 'public' ? callers : [...callers].sort();

describe.each(Object.keys(MODULES) as ServiceName[])('access rules of the %s service', (service) => {
  let app: INestApplication;
  let routes: RouteAccess[];

  beforeAll(async () => {
    app = await NestFactory.create(MODULES[service]() as never, { preview: true, logger: false });
    routes = listRouteAccess(app);
  });

  afterAll(() => app.close());

  it('has a route list to check', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it('declares an access rule (or @PublicRoute) on every route the Nest router serves', () => {
    const undeclared = routes.filter((route) => !route.access).map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);
  });

  it('makes public only liveness/readiness and the published contract', () => {
    const open = routes.filter((route) => route.access?.public).map((r) => `${r.method} ${r.path}`);
    expect(open.sort()).toEqual([
      'GET /asyncapi.json',
      'GET /contract',
      'GET /health',
      'GET /health/live',
      'GET /health/ready',
    ]);
  });

  it('declares on each route exactly the callers of apps/access-matrix.ts, and the matrix lists no other routes', () => {
    const declared = Object.fromEntries(routes.map((r) => [`${r.method} ${r.path}`, callersOf(r)]));
    const matrix = Object.fromEntries(
      Object.entries(ACCESS_MATRIX[service]).map(([route, callers]) => [route, sorted(callers)]),
    );
    expect(declared).toEqual(matrix);
  });
});
