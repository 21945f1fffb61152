import type { Agency, Principal, PrincipalKind, Role } from './principal.js';

/**
 * Who may call a route. A rule holds when the principal has one of its roles (if it lists roles), every one of
 * its scopes (if it lists scopes), is of one of its agencies (if it lists agencies), of the agency that runs the
 * service (if `ownAgency`: IMDi at settlement, UDI at reception, Bufdir at care-centres; for routes every service
 * has, such as the rules) and of its kind (if given). A route declares one or more rules; any one holding lets
 * the call through.
 */
export interface AccessRule {
  roles?: readonly Role[];
  scopes?: readonly string[];
  agencies?: readonly Agency[];
  ownAgency?: boolean;
  kind?: PrincipalKind;
}

/** The declaration on a route: public (no token), or the rules of which one must hold. */
export type RouteAccessRule = { public: true } | { public: false; rules: readonly AccessRule[] };

/** `serviceAgency`: the agency that runs the service the route belongs to (for `ownAgency` rules). */
export function ruleHolds(rule: AccessRule, principal: Principal, serviceAgency?: Agency): boolean {
  return (
    (!rule.roles?.length || principal.hasRole(...rule.roles)) &&
    (rule.scopes ?? []).every((scope) => principal.hasScope(scope)) &&
    (!rule.agencies?.length || principal.isOfAgency(...rule.agencies)) &&
    (!rule.ownAgency || (serviceAgency !== undefined && principal.isOfAgency(serviceAgency))) &&
    (rule.kind === undefined || principal.kind === rule.kind)
  );
}

/** Words for a rule, for route listings and tests: "policy-approver | auditor", "integrator + reception.ingest (UDI)". */
export function describeRule(rule: AccessRule): string {
  const parts = [
    rule.roles?.length ? rule.roles.join(' | ') : 'any role',
    ...(rule.scopes ?? []).map((scope) => `+ ${scope}`),
    ...(rule.agencies?.length ? [`(${rule.agencies.join(' | ')})`] : []),
    ...(rule.ownAgency ? ['(own agency)'] : []),
    ...(rule.kind ? [`[${rule.kind}]`] : []),
  ];
  return parts.join(' ');
}
