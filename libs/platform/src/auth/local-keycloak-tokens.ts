import { LOCAL_KEYCLOAK } from './local-keycloak.js';

/** Development credentials of the local realm (infra/keycloak/realm/refugees-realm.json); never for production. */
export const LOCAL_DEV_CREDENTIALS = {
  /** Every user of the local realm has this password. */
  password: 'refugees-dev',
  /** The public client with direct access grants, for `npm run token` and the tests. */
  passwordGrantClient: 'refugees-cli',
  /** An integrator client's secret is `<client id>-dev-secret`. */
  secretOf: (clientId: string) => `${clientId}-dev-secret`,
} as const;

export type TokenRequest = { user: string; password?: string } | { client: string; secret?: string };

/** An access token from the local Keycloak: password grant for a user, client credentials for an integrator. */
export async function localKeycloakToken(
  request: TokenRequest,
  tokenUrl: string = LOCAL_KEYCLOAK.tokenUrl,
): Promise<string> {
  const form: Record<string, string> =
    'user' in request
      ? {
          grant_type: 'password',
          client_id: LOCAL_DEV_CREDENTIALS.passwordGrantClient,
          username: request.user,
          password: request.password ?? LOCAL_DEV_CREDENTIALS.password,
        }
      : {
          grant_type: 'client_credentials',
          client_id: request.client,
          client_secret: request.secret ?? LOCAL_DEV_CREDENTIALS.secretOf(request.client),
        };
  let response: Response;
  try {
    response = await fetch(tokenUrl, { method: 'POST', body: new URLSearchParams(form) });
  } catch {
    throw new Error(
      `No identity provider answers at ${tokenUrl} (npm run infra:up starts the local Keycloak)`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    const who = 'user' in request ? `user ${request.user}` : `client ${request.client}`;
    throw new Error(
      `Keycloak refused a token for ${who}: ${body.error ?? response.status} ${body.error_description ?? ''}`.trim(),
    );
  }
  return body.access_token;
}
