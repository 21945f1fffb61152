import { kafkaSecurityOptions } from './kafka-security.js';

describe('kafkaSecurityOptions', () => {
  it('adds nothing for the local, plaintext broker', () => {
    expect(kafkaSecurityOptions(undefined)).toEqual({});
    expect(kafkaSecurityOptions({})).toEqual({});
  });

  it("turns TLS on, checking the brokers' certificates against the system's CAs or the given ones", () => {
    expect(kafkaSecurityOptions({ tls: {} })).toEqual({ ssl: true });
    expect(kafkaSecurityOptions({ tls: { ca: 'CA PEM' } })).toEqual({
      ssl: { rejectUnauthorized: true, ca: 'CA PEM' },
    });
    expect(kafkaSecurityOptions({ tls: { ca: 'CA PEM', cert: 'CERT PEM', key: 'KEY PEM' } })).toEqual({
      ssl: { rejectUnauthorized: true, ca: 'CA PEM', cert: 'CERT PEM', key: 'KEY PEM' },
    });
  });

  it.each(['scram-sha-256', 'scram-sha-512'] as const)('authenticates with %s', (mechanism) => {
    expect(
      kafkaSecurityOptions({ tls: {}, sasl: { mechanism, username: 'reception', password: 'pw' } }),
    ).toEqual({ ssl: true, sasl: { mechanism, username: 'reception', password: 'pw' } });
  });

  it('authenticates with OAUTHBEARER through a token provider', () => {
    const options = kafkaSecurityOptions({
      tls: {},
      sasl: {
        mechanism: 'oauthbearer',
        tokenUrl: 'https://login.example/token',
        clientId: 'reception',
        clientSecret: 's3cret',
      },
    });
    expect(options).toEqual({
      ssl: true,
      sasl: { mechanism: 'oauthbearer', oauthBearerProvider: expect.any(Function) },
    });
  });
});
