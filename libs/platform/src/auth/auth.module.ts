import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AccessGuard } from './access.guard.js';
import { type AuthConfig, readAuthConfig } from './auth-config.js';
import { SERVICE_AGENCIES, SERVICE_AGENCY } from './service-agency.js';
import { TokenVerifier } from './token-verifier.js';

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

/**
 * Token verification and the global access guard for a service. `forService('settlement')` reads the issuers
 * from the environment (AUTH_ISSUERS, AUTH_AUDIENCE, AUTH_CLOCK_SKEW_SECONDS); tests may pass a config.
 */
@Module({})
export class AuthModule {
  static forService(serviceName: string, config: AuthConfig = readAuthConfig(serviceName)): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        { provide: SERVICE_AGENCY, useValue: SERVICE_AGENCIES[serviceName] },
        {
          provide: TokenVerifier,
          useFactory: (auth: AuthConfig) => new TokenVerifier(auth),
          inject: [AUTH_CONFIG],
        },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AUTH_CONFIG, TokenVerifier],
    };
  }
}
