/**
 * Prints an access token from the local Keycloak, for calling the services by hand.
 *
 *   npm run -s token -- --user policy-approver-imdi      (password grant; every local user's password is refugees-dev)
 *   npm run -s token -- --client udi-integrator          (client credentials; the secret is <client>-dev-secret)
 *   npm run -s token -- --user analyst --claims          (prints the token's claims instead)
 *
 * --password, --secret and --token-url override the local defaults.
 */
import { parseArgs } from 'node:util';

import { decodeJwt } from 'jose';

import { LOCAL_KEYCLOAK, localKeycloakToken } from '#platform';

const { values } = parseArgs({
  options: {
    user: { type: 'string' },
    password: { type: 'string' },
    client: { type: 'string' },
    secret: { type: 'string' },
    claims: { type: 'boolean', default: false },
    'token-url': { type: 'string', default: LOCAL_KEYCLOAK.tokenUrl },
  },
});

async function main(): Promise<void> {
  if (Boolean(values.user) === Boolean(values.client)) {
    throw new Error(
      'Say whose token: --user <username> or --client <client id> (see the top of tools/token.ts)',
    );
  }
  const token = await localKeycloakToken(
    values.user
      ? { user: values.user, ...(values.password ? { password: values.password } : {}) }
      : { client: values.client!, ...(values.secret ? { secret: values.secret } : {}) },
    values['token-url'],
  );
  console.log(values.claims ? JSON.stringify(decodeJwt(token), null, 2) : token);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
