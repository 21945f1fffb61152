import { type DynamicModule, Module } from '@nestjs/common';

import { AuthController } from './auth/auth.controller.js';
import { OidcClient } from './auth/oidc-client.js';
import { PublicAddress } from './auth/public-address.js';
import { SessionStore } from './auth/session-store.js';
import { WebAuth } from './auth/web-auth.js';
import { HealthController } from './health/health.controller.js';
import { ApiProxyController } from './proxy/api-proxy.controller.js';
import { RuleChecksController } from './rule-checks/rule-checks.controller.js';
import { WEB_CONFIG, type WebConfig } from './web.config.js';

@Module({})
export class WebModule {
  static with(config: WebConfig): DynamicModule {
    return {
      module: WebModule,
      controllers: [HealthController, AuthController, RuleChecksController, ApiProxyController],
      providers: [
        { provide: WEB_CONFIG, useValue: config },
        { provide: OidcClient, useFactory: () => new OidcClient(config.oidc) },
        { provide: PublicAddress, useFactory: () => new PublicAddress(config.publicUrl) },
        {
          provide: SessionStore,
          useFactory: () => new SessionStore(config.sessionIdleMinutes * 60000),
        },
        {
          provide: WebAuth,
          useFactory: (oidc: OidcClient, sessions: SessionStore, address: PublicAddress) =>
            new WebAuth(config, oidc, sessions, address),
          inject: [OidcClient, SessionStore, PublicAddress],
        },
      ],
    };
  }
}
