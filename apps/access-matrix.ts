import type { ServiceName } from '#platform';

/**
 * Who may call each HTTP route of the three services: issue 9's roles table as implemented, in one place to
 * read. The routes' own @Access declarations must say the same (apps/access-matrix.spec.ts), and the e2e access
 * test calls every route with every local user against this table (test/auth/access-matrix.e2e-spec.ts).
 *
 * A caller is a role, a role of the agency that runs the service ("(own agency)": IMDi at settlement, UDI at
 * reception, Bufdir at care-centres), or a role of a named agency. Municipality and county staff are limited
 * further by the handler to the municipalities or county their token names.
 */
export type RouteCallers = 'public' | readonly string[];

const AGGREGATE_READERS = [
  'analyst',
  'committee-member',
  'auditor',
  'policy-author (own agency)',
  'policy-approver (own agency)',
  'caseworker (own agency)',
];
const POLICY_AUTHORS = ['policy-author (own agency)', 'policy-approver (own agency)'];
const POLICY_APPROVERS = ['policy-approver (own agency)'];
const CASEWORKERS = ['caseworker (own agency)'];

/** Routes every service has: health, the contract, its rule sets and decision records. */
const SHARED: Record<string, RouteCallers> = {
  'GET /health': 'public',
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /health/process': ['operator'],
  'GET /metrics': ['operator'],
  'GET /outbox/dead-letters': ['operator'],
  'GET /dead-letters': ['operator'],
  'GET /dead-letters/:id': ['operator'],
  'POST /dead-letters/:id/replay': ['operator'],
  'GET /asyncapi.json': 'public',
  'GET /contract': 'public',
  'GET /rules': AGGREGATE_READERS,
  'GET /rules/:id': AGGREGATE_READERS,
  'GET /rules/:id/versions': AGGREGATE_READERS,
  'POST /rules/:id/candidates': POLICY_AUTHORS,
  'GET /rules/:id/candidates': [...POLICY_AUTHORS, 'auditor'],
  'POST /rules/:id/candidates/:version/approve': POLICY_APPROVERS,
  'POST /rules/:id/candidates/:version/reject': POLICY_APPROVERS,
  'POST /rules/:id/rollback': POLICY_APPROVERS,
  'POST /rules/simulate': [...POLICY_AUTHORS, 'analyst'],
  'GET /decisions/:id/explanation': AGGREGATE_READERS,
  'GET /audit': [...POLICY_APPROVERS, 'auditor'],
};

export const ACCESS_MATRIX: Record<ServiceName, Record<string, RouteCallers>> = {
  settlement: {
    ...SHARED,
    'GET /settlement/need/:year': AGGREGATE_READERS,
    'GET /settlement/county-targets/:year': [...AGGREGATE_READERS, 'county-staff'],
    'PUT /settlement/county-targets/:year': POLICY_AUTHORS,
    'GET /settlement/county-recommendations/:year': [...AGGREGATE_READERS, 'county-staff'],
    'PUT /settlement/county-recommendations/:year/:county': ['county-staff', ...POLICY_AUTHORS],
    'POST /settlement/indicators': [...POLICY_AUTHORS, 'county-staff', 'integrator (IMDi)'],
    'POST /settlement/backtests': [...POLICY_AUTHORS, 'analyst'],
    'POST /settlement/requests/distribute': POLICY_AUTHORS,
    'GET /settlement/requests/distributions/:id': AGGREGATE_READERS,
    'POST /settlement/requests/distributions/:id/issue': POLICY_APPROVERS,
    'GET /settlement/requests/:year': [...AGGREGATE_READERS, 'municipality-staff', 'county-staff'],
    'GET /settlement/decisions/:year': [...AGGREGATE_READERS, 'municipality-staff', 'county-staff'],
    'GET /settlement/goal-achievement/:year': AGGREGATE_READERS,
    'GET /settlement/waiting': AGGREGATE_READERS,
    'GET /settlement/persons/:personId': CASEWORKERS,
    'GET /settlement/households/:householdId/suggestions': CASEWORKERS,
    'POST /settlement/households/:householdId/placements': CASEWORKERS,
    'POST /settlement/households/:householdId/placements/:placementId/cancel': CASEWORKERS,
    'POST /settlement/checks': [...POLICY_APPROVERS, 'operator'],
    'GET /settlement/escalations': AGGREGATE_READERS,
    'POST /settlement/ingest': ['integrator (IMDi)'],
  },
  reception: {
    ...SHARED,
    'GET /reception/occupancy': AGGREGATE_READERS,
    'GET /reception/occupancy/days': AGGREGATE_READERS,
    'PUT /reception/host-municipalities/:municipalityNumber/webhook': ['municipality-staff', 'operator'],
    'GET /reception/early-warnings': [...AGGREGATE_READERS, 'municipality-staff', 'operator'],
    'GET /reception/escalations': AGGREGATE_READERS,
    'POST /reception/ingest': ['integrator (UDI)'],
    'POST /reception/centre-list': ['caseworker (UDI)', 'integrator (UDI)'],
    'GET /reception/escalation-deliveries': ['operator'],
  },
  'care-centres': {
    ...SHARED,
    'GET /care-centres/occupancy': AGGREGATE_READERS,
    'GET /care-centres/children/:personId': CASEWORKERS,
    'POST /care-centres/checks': [...POLICY_APPROVERS, 'operator'],
    'GET /care-centres/escalations': AGGREGATE_READERS,
    'POST /care-centres/ingest': ['integrator (Bufdir)'],
  },
};
