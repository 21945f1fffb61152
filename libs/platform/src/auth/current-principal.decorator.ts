import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import type { Principal } from './principal.js';

/** The request's verified principal, which the access guard put there. */
export function principalOf(request: { principal?: Principal }): Principal {
  if (!request.principal) {
    throw new Error('No principal on this request: @CurrentPrincipal() cannot be used on a @PublicRoute()');
  }
  return request.principal;
}

/** Injects the caller's `Principal` into a handler parameter. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  principalOf(context.switchToHttp().getRequest<{ principal?: Principal }>()),
);
