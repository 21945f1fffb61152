import {
  booleanVariable,
  choiceVariable,
  SERVICE_NAMES,
  textVariable,
  urlVariable,
  type VariableReader,
} from './config-variable.js';

/**
 * How the services and the command-line tools authenticate to production Kafka brokers: TLS (with a private CA
 * or a client certificate when needed) and SASL (SCRAM or OAUTHBEARER). All off by default: the local broker
 * is plaintext.
 */

const readBy: readonly VariableReader[] = [...SERVICE_NAMES, 'npm start', 'CLIs'];

export const KAFKA_SASL_MECHANISMS = ['none', 'scram-sha-256', 'scram-sha-512', 'oauthbearer'] as const;
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number];

export const KAFKA_TLS = booleanVariable({
  name: 'KAFKA_TLS',
  description: 'connect to the brokers over TLS, checking their certificates (the local broker is plaintext)',
  readBy,
  default: { value: false },
});

export const KAFKA_TLS_CA_FILE = textVariable({
  name: 'KAFKA_TLS_CA_FILE',
  description: "a PEM file of the CA certificates the brokers' certificates are checked against",
  readBy,
  default: { derived: "the system's trusted CAs" },
  expected: 'a readable PEM file',
});

export const KAFKA_TLS_CERT_FILE = textVariable({
  name: 'KAFKA_TLS_CERT_FILE',
  description: 'a PEM client certificate, for brokers that require mutual TLS (with KAFKA_TLS_KEY_FILE)',
  readBy,
  default: { derived: 'none' },
  expected: 'a readable PEM file',
});

export const KAFKA_TLS_KEY_FILE = textVariable({
  name: 'KAFKA_TLS_KEY_FILE',
  description: 'the PEM private key of KAFKA_TLS_CERT_FILE',
  readBy,
  default: { derived: 'none' },
  expected: 'a readable PEM file',
});

export const KAFKA_SASL_MECHANISM = choiceVariable({
  name: 'KAFKA_SASL_MECHANISM',
  description:
    'how the client authenticates to the brokers: SCRAM with KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD, or OAUTHBEARER with a token from KAFKA_OAUTH_TOKEN_URL (needs KAFKA_TLS)',
  readBy,
  default: { value: 'none' },
  choices: KAFKA_SASL_MECHANISMS,
});

export const KAFKA_SASL_USERNAME = textVariable({
  name: 'KAFKA_SASL_USERNAME',
  description: 'the SCRAM user',
  readBy,
  default: { derived: 'none' },
});

export const KAFKA_SASL_PASSWORD = textVariable({
  name: 'KAFKA_SASL_PASSWORD',
  description: "the SCRAM user's password",
  readBy,
  default: { derived: 'none' },
  secret: true,
});

export const KAFKA_OAUTH_TOKEN_URL = urlVariable({
  name: 'KAFKA_OAUTH_TOKEN_URL',
  description:
    'for OAUTHBEARER: the token endpoint that gives the client its access token by client credentials (https; http only on loopback)',
  readBy,
  default: { derived: 'none' },
  protocols: ['https:', 'http:'],
});

export const KAFKA_OAUTH_CLIENT_ID = textVariable({
  name: 'KAFKA_OAUTH_CLIENT_ID',
  description: 'for OAUTHBEARER: the client id at the token endpoint',
  readBy,
  default: { derived: 'none' },
});

export const KAFKA_OAUTH_CLIENT_SECRET = textVariable({
  name: 'KAFKA_OAUTH_CLIENT_SECRET',
  description: 'for OAUTHBEARER: the client secret',
  readBy,
  default: { derived: 'none' },
  secret: true,
});

export const KAFKA_OAUTH_SCOPE = textVariable({
  name: 'KAFKA_OAUTH_SCOPE',
  description: 'for OAUTHBEARER: the scopes to ask for, space-separated',
  readBy,
  default: { derived: "the token endpoint's default" },
});

export const KAFKA_SECURITY_VARIABLES = [
  KAFKA_TLS,
  KAFKA_TLS_CA_FILE,
  KAFKA_TLS_CERT_FILE,
  KAFKA_TLS_KEY_FILE,
  KAFKA_SASL_MECHANISM,
  KAFKA_SASL_USERNAME,
  KAFKA_SASL_PASSWORD,
  KAFKA_OAUTH_TOKEN_URL,
  KAFKA_OAUTH_CLIENT_ID,
  KAFKA_OAUTH_CLIENT_SECRET,
  KAFKA_OAUTH_SCOPE,
] as const;
