import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Optional,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';

import { ruleHolds } from './access-rule.js';
import type { Agency, Principal } from './principal.js';
import { declaredAccess } from './route-access.js';
import { SERVICE_AGENCY } from './service-agency.js';
import { IssuerKeysUnavailableError, TokenRefusedError, TokenVerifier } from './token-verifier.js';

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * The global guard of every service's HTTP routes: a public route passes; any other needs a valid bearer token
 * (401 otherwise) and a declared access rule that holds for the principal (403 otherwise, and always 403 for a
 * route that declares none). Kafka handlers are not HTTP and are not its concern.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
    @Optional() @Inject(SERVICE_AGENCY) private readonly serviceAgency?: Agency,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = declaredAccess(this.reflector, context.getHandler(), context.getClass());
    if (access?.public) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<Request & { principal?: Principal }>();
    const principal = await this.authenticate(request, http.getResponse<Response>());
    request.principal = principal;

    if (!access) throw new ForbiddenException('No access rule is declared for this route');
    if (!access.rules.some((rule) => ruleHolds(rule, principal, this.serviceAgency))) {
      throw new ForbiddenException('Your roles do not allow this');
    }
    return true;
  }

  private async authenticate(request: Request, response: Response): Promise<Principal> {
    const header = request.headers.authorization;
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException(header ? 'invalid token' : 'a bearer token is required');
    }
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRefusedError) {
        response.setHeader(
          'WWW-Authenticate',
          `Bearer error="invalid_token", error_description="${error.message}"`,
        );
        throw new UnauthorizedException(error.message);
      }
      if (error instanceof IssuerKeysUnavailableError) throw new ServiceUnavailableException(error.message);
      throw error;
    }
  }
}
