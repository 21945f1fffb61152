import { decodeJwt } from 'jose';
import type { OauthbearerProviderResponse } from 'kafkajs';

import { clientCredentialsTokenProvider, kafkaSecurityOptions } from '#messaging';
import { LOCAL_DEV_CREDENTIALS, LOCAL_KEYCLOAK } from '#platform';

/**
 * Kafka's OAUTHBEARER settings against a real token endpoint (the local Keycloak): the provider kafkajs calls
 * gets the client's token by client credentials and keeps it. No broker here takes OAUTHBEARER; the mapping to
 * kafkajs's options is unit-tested.
 */
describe('Kafka OAUTHBEARER with a token from the local Keycloak', () => {
  const client = {
    tokenUrl: LOCAL_KEYCLOAK.tokenUrl,
    clientId: 'udi-integrator',
    clientSecret: LOCAL_DEV_CREDENTIALS.secretOf('udi-integrator'),
  };

  it("gives kafkajs the client's access token, and the same one again while it is valid", async () => {
    const { sasl } = kafkaSecurityOptions({ tls: {}, sasl: { mechanism: 'oauthbearer', ...client } });
    const provider = (sasl as { oauthBearerProvider: () => Promise<OauthbearerProviderResponse> })
      .oauthBearerProvider;
    const first = await provider();
    const claims = decodeJwt(first.value);
    expect(claims.iss).toBe(LOCAL_KEYCLOAK.issuer);
    expect(claims.azp).toBe('udi-integrator');
    expect(claims.exp! - Math.floor(Date.now() / 1000)).toBeGreaterThan(60);
    expect(await provider()).toEqual(first);
  });

  it('fails naming the endpoint and the status when the secret is wrong, never the secret', async () => {
    const provider = clientCredentialsTokenProvider({ ...client, clientSecret: 'not-the-secret' });
    const error = (await provider().catch((e: Error) => e)) as Error;
    expect(error.message).toBe(
      `Kafka OAUTHBEARER: the token endpoint ${LOCAL_KEYCLOAK.tokenUrl} gave no access token (HTTP 401)`,
    );
  });
});
