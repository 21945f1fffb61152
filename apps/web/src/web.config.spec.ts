import { ConfigurationError } from '#platform';

import { readWebConfig } from './web.config.js';

describe("the workbench's configuration", () => {
  it('defaults to the local Keycloak, its public client and the services on their default ports', () => {
    const config = readWebConfig({});
    expect(config).toMatchObject({
      httpPort: 3000,
      oidc: { issuer: 'http://127.0.0.1:8180/realms/refugees', clientId: 'refugees-workbench' },
      services: {
        settlement: 'http://127.0.0.1:3001',
        reception: 'http://127.0.0.1:3002',
        'care-centres': 'http://127.0.0.1:3003',
      },
      sessionIdleMinutes: 60,
    });
    expect(config.publicUrl).toBeUndefined();
    expect(config.oidc.clientSecret).toBeUndefined();
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      readWebConfig({ WEB_HTTP_PORT: 'web', WEB_RECEPTION_URL: 'reception', WEB_CLAIM_MAPPING: 'nobody' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([
      'WEB_HTTP_PORT="web" must be a whole number from 0 to 65535',
      'WEB_RECEPTION_URL="reception" must be a URL starting http:// or https://',
      expect.stringMatching(/^WEB_CLAIM_MAPPING: Claim mapping "nobody" is neither a built-in one/),
    ]);
  });
});
