import { Controller, Get, type INestApplication, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { decodeJwt } from 'jose';

import {
  Access,
  AuthModule,
  CurrentPrincipal,
  HttpErrorsFilter,
  LOCAL_KEYCLOAK,
  localKeycloakToken,
  type Principal,
  PublicRoute,
  readAuthConfig,
  TokenRefusedError,
  TokenVerifier,
} from '#platform';

import { TestIssuer } from '../../libs/platform/src/auth/testing/test-issuer.js';

@Controller()
class ProbeController {
  @Get('health')
  @PublicRoute()
  health() {
    return { status: 'ok' };
  }

  @Get('whoami')
  @Access('policy-approver', 'municipality-staff', 'integrator')
  whoami(@CurrentPrincipal() principal: Principal) {
    return { ...principal };
  }

  @Post('rules/r-1/approve')
  @Access('policy-approver')
  approve(@CurrentPrincipal() principal: Principal) {
    return { approvedBy: principal.actor };
  }
}

/** Real tokens from the local Keycloak (started by the e2e global setup) through the real guard. */
describe('identity: tokens of the local Keycloak through the access guard', () => {
  let app: INestApplication;
  let url: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    // The settlement service's view of the default configuration: the local Keycloak, audience "settlement".
    @Module({
      imports: [AuthModule.forService('settlement', readAuthConfig('settlement', {}))],
      controllers: [ProbeController],
    })
    class ProbeModule {}
    app = await NestFactory.create(ProbeModule, { logger: false });
    app.useGlobalFilters(new HttpErrorsFilter());
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    [tokens.approver, tokens.municipality, tokens.udi] = await Promise.all([
      localKeycloakToken({ user: 'policy-approver-imdi' }),
      localKeycloakToken({ user: 'municipality-staff-oslo-bergen' }),
      localKeycloakToken({ client: 'udi-integrator' }),
    ]);
  });

  afterAll(() => app.close());

  async function call(method: 'GET' | 'POST', path: string, token?: string) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('issues person tokens for the three services and integrator tokens for their own service only', () => {
    expect(decodeJwt(tokens.approver)).toMatchObject({
      iss: LOCAL_KEYCLOAK.issuer,
      aud: expect.arrayContaining(['settlement', 'reception', 'care-centres']),
    });
    expect(decodeJwt(tokens.udi)).toMatchObject({ iss: LOCAL_KEYCLOAK.issuer, aud: 'reception' });
  });

  it("maps a policy approver's token to an IMDi person with that role", async () => {
    const { status, body } = await call('GET', '/whoami', tokens.approver);
    expect(status).toBe(200);
    expect(body).toEqual({
      subject: decodeJwt(tokens.approver).sub,
      issuer: LOCAL_KEYCLOAK.issuer,
      displayName: 'Policy approver IMDi',
      kind: 'person',
      agency: 'IMDi',
      roles: ['policy-approver'],
      municipalities: [],
      counties: [],
      scopes: [],
    });
  });

  it("maps a municipal user's token to the two municipalities it acts for", async () => {
    const { status, body } = await call('GET', '/whoami', tokens.municipality);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      displayName: 'Municipality staff Oslo and Bergen',
      kind: 'person',
      agency: 'municipality',
      roles: ['municipality-staff'],
      municipalities: ['0301', '4601'],
      counties: [],
    });
  });

  it('lets the approver approve and refuses municipality staff with 403', async () => {
    const approved = await call('POST', '/rules/r-1/approve', tokens.approver);
    expect(approved).toMatchObject({
      status: 201,
      body: { approvedBy: { displayName: 'Policy approver IMDi' } },
    });
    expect((await call('POST', '/rules/r-1/approve', tokens.municipality)).status).toBe(403);
  });

  it("refuses the UDI integrator's token at the settlement service: it is for reception", async () => {
    expect(await call('GET', '/whoami', tokens.udi)).toMatchObject({
      status: 401,
      body: { message: 'invalid token' },
    });
  });

  it('maps the UDI integrator, at the reception service, to a UDI machine with its scope', async () => {
    const reception = new TokenVerifier(readAuthConfig('reception', {}));
    const principal = await reception.verify(tokens.udi);
    expect({ ...principal }).toEqual({
      subject: 'udi-integrator',
      issuer: LOCAL_KEYCLOAK.issuer,
      displayName: 'udi-integrator',
      kind: 'machine',
      agency: 'UDI',
      roles: ['integrator'],
      municipalities: [],
      counties: [],
      scopes: ['reception.ingest'],
    });
  });

  it('refuses a Keycloak token whose claims were changed, and no token at all', async () => {
    const promoted = TestIssuer.tampered(tokens.municipality, { roles: ['policy-approver'] });
    expect(await call('POST', '/rules/r-1/approve', promoted)).toMatchObject({
      status: 401,
      body: { message: 'invalid token' },
    });
    expect((await call('GET', '/whoami')).status).toBe(401);
    expect(await call('GET', '/health')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('refuses a well-signed token from an issuer the service does not trust', async () => {
    const stranger = await TestIssuer.start('stranger');
    try {
      const forged = await stranger.sign({ ...decodeJwt(tokens.approver), iss: stranger.issuer });
      const verifier = new TokenVerifier(readAuthConfig('settlement', {}));
      await expect(verifier.verify(forged)).rejects.toBeInstanceOf(TokenRefusedError);
      expect((await call('GET', '/whoami', forged)).status).toBe(401);
    } finally {
      await stranger.close();
    }
  });
});
