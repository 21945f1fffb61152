import { applyDecorators, SetMetadata } from '@nestjs/common';

import type { AccessRule } from './access-rule.js';
import { type Role, ROLES } from './principal.js';

export const ACCESS_RULES = 'auth:access-rules';
export const PUBLIC_ROUTE = 'auth:public-route';

/**
 * Declares who may call the route (on a handler) or every route of a controller (on the class; a handler's own
 * declaration replaces it). Roles alone as strings, or rules: `@Access('policy-approver', 'auditor')`,
 * `@Access({ roles: ['integrator'], scopes: ['reception.ingest'], agencies: ['UDI'] })`. Any rule holding lets
 * the call through. A route declaring nothing is refused (403).
 */
export function Access(...rules: (Role | AccessRule)[]): ClassDecorator & MethodDecorator {
  if (rules.length === 0) throw new Error('@Access() needs at least one role or rule');
  for (const rule of rules) {
    if (typeof rule === 'string' && !(ROLES as readonly string[]).includes(rule)) {
      throw new Error(`@Access(): "${String(rule)}" is not a role (${ROLES.join(', ')})`);
    }
  }
  const normalised: AccessRule[] = rules.map((rule) => (typeof rule === 'string' ? { roles: [rule] } : rule));
  return applyDecorators(SetMetadata(ACCESS_RULES, normalised), SetMetadata(PUBLIC_ROUTE, false));
}

/** No token needed: for liveness and readiness only. */
export function PublicRoute(): ClassDecorator & MethodDecorator {
  return applyDecorators(SetMetadata(PUBLIC_ROUTE, true), SetMetadata(ACCESS_RULES, undefined));
}
