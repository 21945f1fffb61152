import { LOCAL_KEYCLOAK } from '../auth/local-keycloak.js';
import {
  type ConfigVariable,
  integerVariable,
  portVariable,
  textVariable,
  urlVariable,
} from './config-variable.js';

/** The workbench's web server (apps/web): where it listens, whom it signs people in with, where the services are. */

export const WEB_HTTP_PORT = portVariable({
  name: 'WEB_HTTP_PORT',
  description: 'HTTP port of the workbench (0 picks a free one)',
  readBy: ['web'],
  default: { value: 3000 },
});

export const WEB_PUBLIC_URL = urlVariable({
  name: 'WEB_PUBLIC_URL',
  description:
    "the workbench's address as browsers reach it (the sign-in redirect goes back to it); cookies are Secure when it is https",
  readBy: ['web'],
  default: { derived: 'http://127.0.0.1:<WEB_HTTP_PORT>' },
  protocols: ['http:', 'https:'],
});

export const WEB_OIDC_ISSUER = urlVariable({
  name: 'WEB_OIDC_ISSUER',
  description: 'the OpenID Connect issuer people sign in with (authorization code with PKCE)',
  readBy: ['web'],
  default: { value: LOCAL_KEYCLOAK.issuer },
  protocols: ['http:', 'https:'],
});

export const WEB_OIDC_CLIENT_ID = textVariable({
  name: 'WEB_OIDC_CLIENT_ID',
  description: "the workbench's client at the issuer",
  readBy: ['web'],
  default: { value: 'refugees-workbench' },
});

export const WEB_OIDC_CLIENT_SECRET = textVariable({
  name: 'WEB_OIDC_CLIENT_SECRET',
  description: 'the client secret, for an issuer that registers the workbench as a confidential client',
  readBy: ['web'],
  default: { derived: 'none (a public client)' },
  secret: true,
});

export const WEB_CLAIM_MAPPING = textVariable({
  name: 'WEB_CLAIM_MAPPING',
  description:
    "how the issuer's ID token claims give the user's roles, agency, municipalities and county (a built-in mapping or a .json file, as in AUTH_ISSUERS)",
  readBy: ['web'],
  default: { value: 'keycloak' },
});

export const WEB_SESSION_IDLE_MINUTES = integerVariable({
  name: 'WEB_SESSION_IDLE_MINUTES',
  description: 'how long a signed-in session lasts without a request before it is forgotten',
  readBy: ['web'],
  default: { value: 60 },
  min: 1,
  max: 1440,
});

const serviceUrl = (name: string, service: string, port: number) =>
  urlVariable({
    name,
    description: `where the workbench reaches the ${service} service`,
    readBy: ['web'],
    default: { value: `http://127.0.0.1:${port}` },
    protocols: ['http:', 'https:'],
  });

export const WEB_SETTLEMENT_URL = serviceUrl('WEB_SETTLEMENT_URL', 'settlement', 3001);
export const WEB_RECEPTION_URL = serviceUrl('WEB_RECEPTION_URL', 'reception', 3002);
export const WEB_CARE_CENTRES_URL = serviceUrl('WEB_CARE_CENTRES_URL', 'care-centres', 3003);

export const WEB_VARIABLES: readonly ConfigVariable<unknown>[] = [
  WEB_HTTP_PORT,
  WEB_PUBLIC_URL,
  WEB_OIDC_ISSUER,
  WEB_OIDC_CLIENT_ID,
  WEB_OIDC_CLIENT_SECRET,
  WEB_CLAIM_MAPPING,
  WEB_SESSION_IDLE_MINUTES,
  WEB_SETTLEMENT_URL,
  WEB_RECEPTION_URL,
  WEB_CARE_CENTRES_URL,
];
