import { listRouteAccess, SERVICE_AGENCIES, type ServiceName } from '#platform';

import { ACCESS_MATRIX } from '../../apps/access-matrix.js';
import { LOCAL_CALLERS, type LocalCaller, mayCall } from '../support/local-callers.js';
import { ServiceHarness } from '../support/service-harness.js';

/** A value for each route parameter: enough for the guard, which decides before any pipe or handler. */
const PARAMETERS: Record<string, string> = {
  year: '2026',
  county: '46',
  municipalityNumber: '0301',
  id: 'request-criteria',
  personId: 'p-access-1',
  householdId: 'h-access-1',
  placementId: '1',
  version: '9.9.9',
};

const concretePath = (pattern: string) =>
  pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (!(name in PARAMETERS)) throw new Error(`No test value for the route parameter :${name}`);
    return PARAMETERS[name];
  });

const SERVICES = Object.keys(ACCESS_MATRIX) as ServiceName[];
const ROLE_REFUSAL = 'Your roles do not allow this';

/** An integrator's token carries only its own service as audience (the local realm's audience mappers). */
const audienceOf = (caller: LocalCaller, service: ServiceName) =>
  caller.kind === 'user' || caller.agency === SERVICE_AGENCIES[service];

/**
 * Every route of every service, called without a token and as every user and integrator of the local Keycloak
 * (real tokens through the real guard): 401 without one, 403 for a caller apps/access-matrix.ts does not name,
 * never 401 or a role refusal for one it names. The routes come from the running services' Nest routers, so a
 * route added without a line in the matrix fails here too.
 */
describe('access to every route, by the matrix, with real tokens', () => {
  const harness = new ServiceHarness('access-matrix');

  beforeAll(() => harness.start({ settlement: {}, reception: {}, 'care-centres': {} }));
  afterAll(() => harness.stop());

  it.each(SERVICES)('%s serves exactly the routes of the matrix', (name) => {
    const routes = listRouteAccess(harness.service(name).app.app).map((r) => `${r.method} ${r.path}`);
    expect(routes.sort()).toEqual(Object.keys(ACCESS_MATRIX[name]).sort());
  });

  describe.each(SERVICES)('%s', (name) => {
    const routes = Object.entries(ACCESS_MATRIX[name]);

    it.each(routes.filter(([, callers]) => callers === 'public'))(
      '%s answers without a token',
      async (route) => {
        const [method, pattern] = route.split(' ');
        const answer = await harness.service(name).anonymous.request(method, concretePath(pattern));
        expect(answer.status).toBe(200);
      },
    );

    it.each(routes.filter(([, callers]) => callers !== 'public'))(
      '%s: 401 without a token, 403 for every caller the matrix does not name, through for the others',
      async (route, callers) => {
        const service = harness.service(name);
        const [method, pattern] = route.split(' ');
        const path = concretePath(pattern);
        const body = method === 'GET' ? undefined : {};

        const anonymous = await service.anonymous.request<{ message: string }>(method, path, body);
        expect({ status: anonymous.status, message: anonymous.body.message }).toEqual({
          status: 401,
          message: 'a bearer token is required',
        });

        const outcomes: Record<string, string> = {};
        const expected: Record<string, string> = {};
        for (const caller of LOCAL_CALLERS) {
          const answer = await service.as(caller.name).request<{ message?: string }>(method, path, body);
          const refusedForRole = answer.status === 403 && answer.body.message === ROLE_REFUSAL;
          outcomes[caller.name] =
            answer.status === 401 ? '401' : refusedForRole ? '403' : answer.status >= 500 ? '5xx' : 'through';
          expected[caller.name] = !audienceOf(caller, name)
            ? '401'
            : mayCall(callers, caller, name)
              ? 'through'
              : '403';
        }
        expect(outcomes).toEqual(expected);
      },
    );
  });
});
