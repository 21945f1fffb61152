import { integerVariable, SERVICE_NAMES, textVariable } from '../config/config-variable.js';

/** The identity settings every service reads (readAuthConfig); `npm start` reads AUTH_ISSUERS too. */

export const AUTH_ISSUERS = textVariable({
  name: 'AUTH_ISSUERS',
  description:
    'the OpenID Connect issuers whose access tokens are accepted, as a JSON array (see Identity); when unset, the local Keycloak that `npm start` runs',
  readBy: [...SERVICE_NAMES, 'npm start', 'e2e tests'],
  default: { derived: 'the local Keycloak' },
});

export const AUTH_AUDIENCE = textVariable({
  name: 'AUTH_AUDIENCE',
  description: 'the audience a token must carry when its issuer entry names none',
  readBy: SERVICE_NAMES,
  default: {
    perService: { settlement: 'settlement', reception: 'reception', 'care-centres': 'care-centres' },
  },
});

export const AUTH_CLOCK_SKEW_SECONDS = integerVariable({
  name: 'AUTH_CLOCK_SKEW_SECONDS',
  description: "how far a token's exp and nbf may be off this machine's clock",
  readBy: SERVICE_NAMES,
  default: { value: 30 },
  min: 0,
  max: 300,
});
