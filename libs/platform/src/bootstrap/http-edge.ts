import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

import type { ServiceConfig } from '../config/service-config.js';
import { RateLimitGuard } from './rate-limit.js';

/**
 * What every service's HTTP server does before a route sees a request: helmet's security headers and no
 * X-Powered-By; CORS only for the configured origins (none by default, so browsers refuse cross-origin
 * calls); and the rate limit per caller. Guards given here run after the ones modules provide (APP_GUARD),
 * so the rate limit counts a request after the access guard has verified who sends it.
 */
export function secureHttpEdge(app: NestExpressApplication, config: Pick<ServiceConfig, 'http'>): void {
  app.disable('x-powered-by');
  app.use(
    helmet({
      // The services speak plain HTTP behind TLS termination; upgrading /docs' own requests would break it locally.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );
  if (config.http.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.http.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type'],
      exposedHeaders: ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
      credentials: false,
      maxAge: 600,
    });
  }
  app.useGlobalGuards(new RateLimitGuard(config.http.rateLimit));
}
