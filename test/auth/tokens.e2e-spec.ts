import { LOCAL_KEYCLOAK } from '#platform';

import { TestIssuer } from '../../libs/platform/src/auth/testing/test-issuer.js';
import { tokenOf } from '../support/local-callers.js';
import { ServiceHarness } from '../support/service-harness.js';

/**
 * A running service configured with two issuers (the local Keycloak and a test issuer whose JWKS a local server
 * serves): tokens it must refuse, signed as an attacker or a broken client would, answer 401; the same claims
 * properly signed pass, so each refusal is for the one thing wrong with the token.
 */
describe('tokens a service refuses: wrong audience, expired, not yet valid, alg none, unknown issuer, forged', () => {
  const harness = new ServiceHarness('tokens');
  const reception = harness.service('reception');
  let trusted: TestIssuer;
  let stranger: TestIssuer;
  const claims = {
    sub: 'analyst-7',
    aud: 'reception',
    roles: ['analyst'],
    agency: 'IMDi',
    name: 'Analyst 7',
  };
  const PATH = '/reception/occupancy';

  const call = async (token: string) => {
    const response = await fetch(`${reception.url}${PATH}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as { message?: string } };
  };

  beforeAll(async () => {
    [trusted, stranger] = await Promise.all([TestIssuer.start('trusted'), TestIssuer.start('stranger')]);
    await harness.start({
      reception: {
        AUTH_ISSUERS: JSON.stringify([
          { issuer: LOCAL_KEYCLOAK.issuer, jwksUrl: LOCAL_KEYCLOAK.jwksUrl, claimMapping: 'keycloak' },
          { issuer: trusted.issuer, jwksUrl: trusted.jwksUrl, claimMapping: 'keycloak' },
        ]),
      },
    });
  });
  afterAll(async () => {
    await harness.stop();
    await Promise.all([trusted.close(), stranger.close()]);
  });

  it('accepts a properly signed token of either issuer', async () => {
    expect((await call(await trusted.sign(claims))).status).toBe(200);
    expect((await call(await tokenOf('analyst'))).status).toBe(200);
  });

  it.each([
    ['another audience', () => trusted.sign({ ...claims, aud: 'settlement' })],
    ['no audience', () => trusted.sign({ ...claims, aud: undefined })],
    ['expired an hour ago', () => trusted.sign(claims, { expiresInSeconds: -3600 })],
    ['no expiry at all', () => trusted.sign(claims, { expiresInSeconds: null })],
    ['not valid for another hour', () => trusted.sign(claims, { notBeforeSeconds: 3600 })],
    ['alg none (unsigned)', () => Promise.resolve(trusted.unsigned(claims))],
    ['a key not in the JWKS', () => trusted.sign(claims, { withForeignKey: true })],
    ['an issuer the service does not know', () => stranger.sign(claims)],
    [
      'a trusted issuer named in a stranger-signed token',
      () => stranger.sign({ ...claims, iss: trusted.issuer }),
    ],
    [
      'claims changed after signing',
      async () => TestIssuer.tampered(await trusted.sign(claims), { roles: ['operator'] }),
    ],
    [
      'a Keycloak token promoted to operator',
      async () => TestIssuer.tampered(await tokenOf('analyst'), { roles: ['operator'] }),
    ],
  ])('refuses a token with %s: 401 and nothing of the data', async (_case, token) => {
    const answer = await call(await token());
    expect(answer.status).toBe(401);
    expect(answer.body.message).toMatch(/^(invalid token|token expired)$/);
  });

  it('refuses a bearer header that is no token, and other schemes', async () => {
    for (const authorization of ['Bearer', 'Bearer not a token', 'Basic dXNlcjpwYXNzd29yZA==']) {
      const response = await fetch(`${reception.url}${PATH}`, { headers: { authorization } });
      expect(response.status).toBe(401);
    }
  });

  it("refuses an integrator's token at a service it is not for (audience of another service)", async () => {
    expect((await call(await tokenOf('imdi-integrator'))).status).toBe(401);
  });
});
