import { SignJWT } from 'jose';

import type { AuthConfig, IssuerConfig } from './auth-config.js';
import { loadClaimMapping } from './built-in-claim-mappings.js';
import { TestIssuer } from './testing/test-issuer.js';
import { IssuerKeysUnavailableError, TokenRefusedError, TokenVerifier } from './token-verifier.js';

const person = {
  sub: 'u-approver',
  aud: ['settlement', 'reception'],
  name: 'Policy approver IMDi',
  agency: 'IMDi',
  roles: ['policy-approver'],
};

function issuerConfig(issuer: TestIssuer, overrides: Partial<IssuerConfig> = {}): IssuerConfig {
  return {
    issuer: issuer.issuer,
    jwksUrl: issuer.jwksUrl,
    audiences: ['settlement'],
    algorithms: ['RS256'],
    clockSkewSeconds: 30,
    claimMappingName: 'keycloak',
    claimMapping: loadClaimMapping('keycloak'),
    ...overrides,
  };
}

describe('TokenVerifier (test issuer with its JWKS on 127.0.0.1)', () => {
  let trusted: TestIssuer;
  let stranger: TestIssuer;
  let verifier: TokenVerifier;
  const debugLog: string[] = [];

  beforeAll(async () => {
    [trusted, stranger] = await Promise.all([TestIssuer.start('trusted'), TestIssuer.start('stranger')]);
    const config: AuthConfig = { issuers: [issuerConfig(trusted)] };
    verifier = new TokenVerifier(config, {
      debug: (message: string) => debugLog.push(message),
      warn: () => undefined,
    });
  });

  afterAll(async () => {
    await Promise.all([trusted.close(), stranger.close()]);
  });

  async function refusalOf(token: string): Promise<TokenRefusedError> {
    const error = await verifier.verify(token).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TokenRefusedError);
    return error as TokenRefusedError;
  }

  it('accepts a token of a configured issuer for this audience and maps its principal', async () => {
    const principal = await verifier.verify(await trusted.sign(person));
    expect({ ...principal }).toEqual({
      subject: 'u-approver',
      issuer: trusted.issuer,
      displayName: 'Policy approver IMDi',
      kind: 'person',
      agency: 'IMDi',
      roles: ['policy-approver'],
      municipalities: [],
      counties: [],
      scopes: [],
    });
  });

  it('refuses a token from an issuer not configured, even when well signed', async () => {
    const refusal = await refusalOf(await stranger.sign(person));
    expect(refusal.message).toBe('invalid token');
    expect(refusal.reason).toBe('unknown issuer');
  });

  it('refuses a token claiming a configured issuer but signed with a key not in its JWKS', async () => {
    const refusal = await refusalOf(await trusted.sign(person, { withForeignKey: true }));
    expect(refusal).toMatchObject({ refusal: 'invalid', reason: expect.stringContaining('signature') });
  });

  it('refuses a token for another audience', async () => {
    const refusal = await refusalOf(await trusted.sign({ ...person, aud: 'care-centres' }));
    expect(refusal).toMatchObject({ refusal: 'invalid', reason: expect.stringContaining('"aud"') });
  });

  it('refuses an expired token as expired, and accepts one expired within the clock skew', async () => {
    const refusal = await refusalOf(await trusted.sign(person, { expiresInSeconds: -31 }));
    expect(refusal.refusal).toBe('expired');
    expect(refusal.message).toBe('token expired');
    await expect(
      verifier.verify(await trusted.sign(person, { expiresInSeconds: -20 })),
    ).resolves.toBeDefined();
  });

  it('refuses a token not yet valid beyond the clock skew', async () => {
    const refusal = await refusalOf(await trusted.sign(person, { notBeforeSeconds: 120 }));
    expect(refusal).toMatchObject({ refusal: 'invalid', reason: expect.stringContaining('"nbf"') });
    await expect(
      verifier.verify(await trusted.sign(person, { notBeforeSeconds: 10 })),
    ).resolves.toBeDefined();
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const refusal = await refusalOf(trusted.unsigned(person));
    expect(refusal.refusal).toBe('invalid');
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const token = await trusted.sign({ ...person, roles: ['analyst'] });
    const refusal = await refusalOf(TestIssuer.tampered(token, { roles: ['policy-approver'] }));
    expect(refusal).toMatchObject({ refusal: 'invalid', reason: expect.stringContaining('signature') });
  });

  it('refuses a token signed with HMAC, the algorithm confusion attack', async () => {
    const token = await new SignJWT({ ...person, iss: trusted.issuer })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-secret-anyone-could-choose-32-bytes!'));
    expect((await refusalOf(token)).refusal).toBe('invalid');
  });

  it('refuses a token without an expiry, and anything that is not a JWT', async () => {
    const forever = await refusalOf(await trusted.sign(person, { expiresInSeconds: null }));
    expect(forever).toMatchObject({ refusal: 'invalid', reason: expect.stringContaining('"exp"') });
    expect((await refusalOf('not-a-token')).reason).toBe('not a signed JWT');
  });

  it('logs why at debug, never the token', async () => {
    debugLog.length = 0;
    const token = await trusted.sign({ ...person, aud: 'care-centres' });
    await refusalOf(token);
    expect(debugLog).toHaveLength(1);
    expect(debugLog[0]).toMatch(/^Refused a bearer token: /);
    for (const part of token.split('.')) expect(debugLog[0]).not.toContain(part);
    expect(debugLog[0]).not.toContain('u-approver');
  });

  it("answers 'unavailable', not 'invalid', when the issuer's keys cannot be fetched", async () => {
    const offline = new TokenVerifier(
      { issuers: [issuerConfig(trusted, { jwksUrl: 'http://127.0.0.1:9/jwks' })] },
      { debug: () => undefined, warn: () => undefined },
    );
    await expect(offline.verify(await trusted.sign(person))).rejects.toBeInstanceOf(
      IssuerKeysUnavailableError,
    );
  });
});
