import { ConfigurationError } from '../config/env-reader.js';
import { readAuthConfig } from './auth-config.js';
import { LOCAL_KEYCLOAK } from './local-keycloak.js';

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    readAuthConfig('reception', env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems.join('\n');
  }
  throw new Error('expected a ConfigurationError');
}

describe('readAuthConfig', () => {
  it("trusts the local Keycloak when AUTH_ISSUERS is not set, requiring the service's own audience", () => {
    const { issuers } = readAuthConfig('care-centres', {});
    expect(issuers).toHaveLength(1);
    expect(issuers[0]).toMatchObject({
      issuer: LOCAL_KEYCLOAK.issuer,
      jwksUrl: LOCAL_KEYCLOAK.jwksUrl,
      audiences: ['care-centres'],
      algorithms: ['RS256'],
      clockSkewSeconds: 30,
      claimMappingName: 'keycloak',
    });
  });

  it('reads the issuers of AUTH_ISSUERS, with per-service audiences and a fixed agency', () => {
    const { issuers } = readAuthConfig('reception', {
      AUTH_CLOCK_SKEW_SECONDS: '10',
      AUTH_ISSUERS: JSON.stringify([
        {
          issuer: 'https://login.microsoftonline.com/tenant-udi/v2.0',
          jwksUrl: 'https://login.microsoftonline.com/tenant-udi/discovery/v2.0/keys',
          audiences: { reception: 'api://refugees-reception', settlement: ['api://refugees-settlement'] },
          algorithms: ['RS256', 'PS256'],
          claimMapping: 'entra-id',
          agency: 'UDI',
        },
        {
          issuer: 'https://maskinporten.no/',
          jwksUrl: 'https://maskinporten.no/jwk',
          claimMapping: 'maskinporten',
          clockSkewSeconds: 5,
        },
      ]),
    });
    expect(issuers.map(({ claimMapping: _mapping, ...rest }) => rest)).toEqual([
      {
        issuer: 'https://login.microsoftonline.com/tenant-udi/v2.0',
        jwksUrl: 'https://login.microsoftonline.com/tenant-udi/discovery/v2.0/keys',
        audiences: ['api://refugees-reception'],
        algorithms: ['RS256', 'PS256'],
        clockSkewSeconds: 10,
        claimMappingName: 'entra-id',
        agency: 'UDI',
      },
      {
        issuer: 'https://maskinporten.no/',
        jwksUrl: 'https://maskinporten.no/jwk',
        audiences: ['reception'],
        algorithms: ['RS256'],
        clockSkewSeconds: 5,
        claimMappingName: 'maskinporten',
      },
    ]);
  });

  it('AUTH_AUDIENCE replaces the default audience', () => {
    expect(readAuthConfig('reception', { AUTH_AUDIENCE: 'api://reception' }).issuers[0].audiences).toEqual([
      'api://reception',
    ]);
  });

  it('refuses JSON that is not an array of issuers', () => {
    expect(problemsOf({ AUTH_ISSUERS: '{not json' })).toContain('AUTH_ISSUERS must be a JSON array');
    expect(problemsOf({ AUTH_ISSUERS: '[]' })).toContain('AUTH_ISSUERS must NOT have fewer than 1 items');
  });

  it('refuses alg none, symmetric algorithms, plain http off loopback and unknown mappings, naming each', () => {
    const problems = problemsOf({
      AUTH_ISSUERS: JSON.stringify([
        { issuer: 'https://a.example', jwksUrl: 'https://a.example/jwks', algorithms: ['none'] },
        { issuer: 'https://b.example', jwksUrl: 'https://b.example/jwks', algorithms: ['HS256'] },
      ]),
    });
    expect(problems).toContain('AUTH_ISSUERS.0.algorithms.0 must be equal to one of the allowed values');
    expect(problems).toContain('AUTH_ISSUERS.1.algorithms.0 must be equal to one of the allowed values');

    const more = problemsOf({
      AUTH_ISSUERS: JSON.stringify([
        { issuer: 'http://idp.example', jwksUrl: 'http://idp.example/jwks', claimMapping: 'okta' },
        { issuer: 'https://c.example', jwksUrl: 'https://c.example/jwks', audiences: { settlement: 'x' } },
      ]),
    });
    expect(more).toContain('AUTH_ISSUERS[0].issuer "http://idp.example" must use https');
    expect(more).toContain('AUTH_ISSUERS[0].jwksUrl "http://idp.example/jwks" must use https');
    expect(more).toContain('AUTH_ISSUERS[0].claimMapping: Claim mapping "okta" is neither a built-in one');
    expect(more).toContain('AUTH_ISSUERS[1].audiences names no audience for the service "reception"');
  });

  it('refuses an out-of-range clock skew', () => {
    expect(problemsOf({ AUTH_CLOCK_SKEW_SECONDS: '3600' })).toContain(
      'AUTH_CLOCK_SKEW_SECONDS="3600" must be a whole number from 0 to 300',
    );
  });
});
