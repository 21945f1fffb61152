import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { Access, PublicRoute } from '../auth/access.decorators.js';
import { AuthModule } from '../auth/auth.module.js';
import { loadClaimMapping } from '../auth/built-in-claim-mappings.js';
import { TestIssuer } from '../auth/testing/test-issuer.js';
import { HttpErrorsFilter } from '../http/http-errors.filter.js';
import { secureHttpEdge } from './http-edge.js';

@Controller()
class FiguresController {
  @Get('health')
  @PublicRoute()
  health() {
    return { status: 'ok' };
  }

  @Get('figures')
  @Access('analyst')
  figures() {
    return { figures: [] };
  }
}

/** The HTTP edge of a service, with the real access guard before it (tokens of a test issuer). */
describe('secureHttpEdge', () => {
  let issuer: TestIssuer;
  let app: NestExpressApplication;
  let url: string;

  beforeAll(async () => {
    issuer = await TestIssuer.start('edge');
    @Module({
      imports: [
        AuthModule.forService('reception', {
          issuers: [
            {
              issuer: issuer.issuer,
              jwksUrl: issuer.jwksUrl,
              audiences: ['reception'],
              algorithms: ['RS256'],
              clockSkewSeconds: 30,
              claimMappingName: 'keycloak',
              claimMapping: loadClaimMapping('keycloak'),
            },
          ],
        }),
      ],
      controllers: [FiguresController],
    })
    class EdgeModule {}
    app = await NestFactory.create<NestExpressApplication>(EdgeModule, { logger: false });
    secureHttpEdge(app, {
      http: { corsOrigins: ['https://workbench.example'], rateLimit: { requests: 3, windowSeconds: 60 } },
    });
    app.useGlobalFilters(new HttpErrorsFilter());
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    await issuer.close();
  });

  const tokenOf = (subject: string) => issuer.sign({ sub: subject, aud: 'reception', roles: ['analyst'] });
  const get = (path: string, token?: string) =>
    fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it("sends helmet's security headers and no X-Powered-By", async () => {
    const response = await get('/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it('answers CORS for the configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${url}/figures`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight('https://workbench.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://workbench.example');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits each principal on its own, then answers 429 with Retry-After', async () => {
    const [first, second] = await Promise.all([tokenOf('analyst-1'), tokenOf('analyst-2')]);
    for (let call = 1; call <= 3; call += 1) {
      const response = await get('/figures', first);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-remaining')).toBe(String(3 - call));
    }
    const refused = await get('/figures', first);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as { message: string }).message).toMatch(/^Too many requests/);
    expect((await get('/figures', second)).status).toBe(200);
  });
});
