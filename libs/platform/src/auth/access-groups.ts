import type { AccessRule } from './access-rule.js';

/**
 * The callers the services' routes name most often (issue 9's roles table). `ownAgency`: of the agency that
 * runs the service (IMDi at settlement, UDI at reception, Bufdir at care-centres). Scoping to a municipality or
 * county is the handler's work (Principal.requireMunicipality, requireCounty, and filtered lists).
 */

/** Aggregate figures, escalations, decision records and rule sets: no personal data. */
export const AGGREGATE_READERS: readonly AccessRule[] = [
  { roles: ['analyst', 'committee-member', 'auditor'] },
  { roles: ['policy-author', 'policy-approver', 'caseworker'], ownAgency: true },
];

/** Drafts: candidate criteria and rule sets, distributions, tests and simulations. */
export const POLICY_AUTHORS: AccessRule = { roles: ['policy-author', 'policy-approver'], ownAgency: true };

/** Decisions that take effect: issuing, rolling back, running checks by hand. */
export const POLICY_APPROVERS: AccessRule = { roles: ['policy-approver'], ownAgency: true };

/** The people and cases of the service's own agency. */
export const CASEWORKERS: AccessRule = { roles: ['caseworker'], ownAgency: true };

/** Municipal staff: the handler limits them to the municipalities their token names. */
export const MUNICIPALITY_STAFF: AccessRule = { roles: ['municipality-staff'] };

/** County authority staff: the handler limits them to the county their token names. */
export const COUNTY_STAFF: AccessRule = { roles: ['county-staff'] };

export const OPERATORS: AccessRule = { roles: ['operator'] };
