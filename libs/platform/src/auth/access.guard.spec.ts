import { Controller, type ExecutionContext, Get, type INestApplication, Module, Post } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';

import { HttpErrorsFilter } from '../http/http-errors.filter.js';
import { Access, PublicRoute } from './access.decorators.js';
import { AccessGuard } from './access.guard.js';
import { AuthModule } from './auth.module.js';
import type { IssuerConfig } from './auth-config.js';
import { loadClaimMapping } from './built-in-claim-mappings.js';
import { CurrentPrincipal } from './current-principal.decorator.js';
import type { Principal } from './principal.js';
import { listRouteAccess } from './route-access.js';
import { TestIssuer } from './testing/test-issuer.js';
import { TokenVerifier } from './token-verifier.js';

@Controller('health')
class HealthController {
  @Get()
  @PublicRoute()
  live() {
    return { status: 'ok' };
  }
}

@Controller('rules')
@Access('policy-author', 'policy-approver')
class RulesController {
  @Get()
  list(@CurrentPrincipal() principal: Principal) {
    return { subject: principal.subject, roles: principal.roles };
  }

  @Post(':id/approve')
  @Access('policy-approver')
  approve() {
    return { approved: true };
  }
}

@Controller('reception')
class ReceptionController {
  @Post('arrivals')
  @Access({ roles: ['integrator'], scopes: ['reception.ingest'], agencies: ['UDI'] })
  ingest(@CurrentPrincipal() principal: Principal) {
    return { by: principal.subject };
  }

  @Get('forgotten')
  forgotten() {
    return { leaked: true };
  }
}

describe('AccessGuard in a Nest application (tokens of a test issuer, JWKS on 127.0.0.1)', () => {
  let issuer: TestIssuer;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    issuer = await TestIssuer.start('guard');
    const config: IssuerConfig = {
      issuer: issuer.issuer,
      jwksUrl: issuer.jwksUrl,
      audiences: ['reception'],
      algorithms: ['RS256'],
      clockSkewSeconds: 30,
      claimMappingName: 'keycloak',
      claimMapping: loadClaimMapping('keycloak'),
    };
    @Module({
      imports: [AuthModule.forService('reception', { issuers: [config] })],
      controllers: [HealthController, RulesController, ReceptionController],
    })
    class TestModule {}
    app = await NestFactory.create(TestModule, { logger: false });
    app.useGlobalFilters(new HttpErrorsFilter());
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    await issuer.close();
  });

  const token = (claims: Record<string, unknown>, options = {}) =>
    issuer.sign({ sub: 'u-1', aud: 'reception', ...claims }, options);

  async function call(method: 'GET' | 'POST', path: string, bearer?: string) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
      challenge: response.headers.get('www-authenticate'),
    };
  }

  it('lets liveness through without a token', async () => {
    expect(await call('GET', '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('answers 401 without a token, with a bearer challenge', async () => {
    expect(await call('GET', '/rules')).toEqual({
      status: 401,
      body: { statusCode: 401, message: 'a bearer token is required', error: 'Unauthorized' },
      challenge: 'Bearer',
    });
  });

  it('answers 401 "invalid token" or "token expired" and no more', async () => {
    const invalid = await call(
      'GET',
      '/rules',
      issuer.unsigned({ sub: 'u-1', aud: 'reception', roles: ['policy-author'] }),
    );
    expect(invalid).toEqual({
      status: 401,
      body: { statusCode: 401, message: 'invalid token', error: 'Unauthorized' },
      challenge: 'Bearer error="invalid_token", error_description="invalid token"',
    });
    const expired = await call(
      'GET',
      '/rules',
      await token({ roles: ['policy-author'] }, { expiresInSeconds: -60 }),
    );
    expect(expired).toMatchObject({ status: 401, body: { message: 'token expired' } });
    const wrongAudience = await call(
      'GET',
      '/rules',
      await token({ aud: 'settlement', roles: ['policy-author'] }),
    );
    expect(wrongAudience).toMatchObject({ status: 401, body: { message: 'invalid token' } });
    const basic = await fetch(`${url}/rules`, { headers: { authorization: 'Basic dXNlcjpwYXNzd29yZA==' } });
    expect(basic.status).toBe(401);
    expect(await basic.json()).toMatchObject({ message: 'invalid token' });
  });

  it('lets Kafka handlers through: they are not HTTP', async () => {
    const guard = new AccessGuard(app.get(TokenVerifier), new Reflector());
    await expect(guard.canActivate({ getType: () => 'rpc' } as unknown as ExecutionContext)).resolves.toBe(
      true,
    );
  });

  it("applies the controller's rule, and a handler's own rule instead of it", async () => {
    const author = await token({ roles: ['policy-author'] });
    expect(await call('GET', '/rules', author)).toMatchObject({
      status: 200,
      body: { subject: 'u-1', roles: ['policy-author'] },
    });
    expect(await call('POST', '/rules/r-1/approve', author)).toMatchObject({
      status: 403,
      body: { statusCode: 403, message: 'Your roles do not allow this' },
    });
    const approver = await token({ roles: ['policy-approver'] });
    expect((await call('POST', '/rules/r-1/approve', approver)).status).toBe(201);
  });

  it('requires role, scope and agency together when a rule names all three', async () => {
    const udi = { client_id: 'udi-integrator', roles: ['integrator'], agency: 'UDI' };
    expect(
      await call('POST', '/reception/arrivals', await token({ ...udi, scope: 'reception.ingest' })),
    ).toMatchObject({
      status: 201,
      body: { by: 'udi-integrator' },
    });
    expect((await call('POST', '/reception/arrivals', await token(udi))).status).toBe(403);
    const bufdir = { ...udi, client_id: 'bufdir-integrator', agency: 'Bufdir', scope: 'reception.ingest' };
    expect((await call('POST', '/reception/arrivals', await token(bufdir))).status).toBe(403);
  });

  it('refuses a route that declares no rule with 403, and still 401 without a token', async () => {
    expect(await call('GET', '/reception/forgotten', await token({ roles: ['operator'] }))).toMatchObject({
      status: 403,
      body: { message: 'No access rule is declared for this route' },
    });
    expect((await call('GET', '/reception/forgotten')).status).toBe(401);
  });

  it('lists every route with its declared access, so a test can find the ones without', () => {
    const routes = listRouteAccess(app).map(({ method, path, handler, access }) => ({
      method,
      path,
      handler,
      access,
    }));
    expect(routes).toEqual([
      { method: 'GET', path: '/health', handler: 'live', access: { public: true } },
      {
        method: 'POST',
        path: '/reception/arrivals',
        handler: 'ingest',
        access: {
          public: false,
          rules: [{ roles: ['integrator'], scopes: ['reception.ingest'], agencies: ['UDI'] }],
        },
      },
      { method: 'GET', path: '/reception/forgotten', handler: 'forgotten', access: undefined },
      {
        method: 'GET',
        path: '/rules',
        handler: 'list',
        access: { public: false, rules: [{ roles: ['policy-author'] }, { roles: ['policy-approver'] }] },
      },
      {
        method: 'POST',
        path: '/rules/:id/approve',
        handler: 'approve',
        access: { public: false, rules: [{ roles: ['policy-approver'] }] },
      },
    ]);
    expect(
      listRouteAccess(app)
        .filter((route) => !route.access)
        .map((route) => route.path),
    ).toEqual(['/reception/forgotten']);
  });
});
