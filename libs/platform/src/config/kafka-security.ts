import { readFileSync } from 'node:fs';

import type { KafkaSecurity } from '#messaging';

import type { ConfigVariable } from './config-variable.js';
import type { EnvReader } from './env-reader.js';
import {
  KAFKA_OAUTH_CLIENT_ID,
  KAFKA_OAUTH_CLIENT_SECRET,
  KAFKA_OAUTH_SCOPE,
  KAFKA_OAUTH_TOKEN_URL,
  KAFKA_SASL_MECHANISM,
  KAFKA_SASL_PASSWORD,
  KAFKA_SASL_USERNAME,
  KAFKA_TLS,
  KAFKA_TLS_CA_FILE,
  KAFKA_TLS_CERT_FILE,
  KAFKA_TLS_KEY_FILE,
} from './kafka-security-variables.js';

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The Kafka security settings (undefined for a plaintext broker without authentication). Every variable is read
 * whatever the mechanism, so that one that does not belong is reported rather than ignored.
 */
export function readKafkaSecurity(read: EnvReader): KafkaSecurity | undefined {
  const tls = read.value(KAFKA_TLS);
  const files = [KAFKA_TLS_CA_FILE, KAFKA_TLS_CERT_FILE, KAFKA_TLS_KEY_FILE].map((variable) => ({
    variable,
    path: read.optional(variable),
  }));
  const [ca, cert, key] = files.map(({ variable, path }) => readPemFile(read, variable, path));
  const mechanism = read.value(KAFKA_SASL_MECHANISM);
  const scram = {
    username: read.optional(KAFKA_SASL_USERNAME),
    password: read.optional(KAFKA_SASL_PASSWORD),
  };
  const oauth = {
    tokenUrl: read.optional(KAFKA_OAUTH_TOKEN_URL),
    clientId: read.optional(KAFKA_OAUTH_CLIENT_ID),
    clientSecret: read.optional(KAFKA_OAUTH_CLIENT_SECRET),
    scope: read.optional(KAFKA_OAUTH_SCOPE),
  };

  const requires = (holds: boolean, problem: string): void => {
    if (!holds) read.report(problem);
  };
  const [, certFile, keyFile] = files.map(({ path }) => path !== undefined);
  if (!tls)
    requires(
      files.every(({ path }) => path === undefined),
      'KAFKA_TLS_CA_FILE, _CERT_FILE and _KEY_FILE need KAFKA_TLS=true',
    );
  requires(certFile === keyFile, 'KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together');
  const isScram = mechanism === 'scram-sha-256' || mechanism === 'scram-sha-512';
  const isOAuth = mechanism === 'oauthbearer';
  if (isScram)
    requires(
      !!scram.username && !!scram.password,
      `KAFKA_SASL_MECHANISM=${mechanism} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD`,
    );
  else
    requires(
      !scram.username && !scram.password,
      'KAFKA_SASL_USERNAME and _PASSWORD need a SCRAM KAFKA_SASL_MECHANISM',
    );
  if (isOAuth) {
    requires(
      !!oauth.tokenUrl && !!oauth.clientId && !!oauth.clientSecret,
      'KAFKA_SASL_MECHANISM=oauthbearer needs KAFKA_OAUTH_TOKEN_URL, KAFKA_OAUTH_CLIENT_ID and KAFKA_OAUTH_CLIENT_SECRET',
    );
    requires(tls, 'KAFKA_SASL_MECHANISM=oauthbearer needs KAFKA_TLS=true (the token would cross in clear)');
    if (oauth.tokenUrl) {
      const url = new URL(oauth.tokenUrl);
      requires(
        url.protocol === 'https:' || LOOPBACK_HOSTS.includes(url.hostname),
        `KAFKA_OAUTH_TOKEN_URL=${JSON.stringify(oauth.tokenUrl)} must be https (http only on loopback)`,
      );
    }
  } else {
    requires(
      Object.values(oauth).every((value) => value === undefined),
      'KAFKA_OAUTH_* need KAFKA_SASL_MECHANISM=oauthbearer',
    );
  }

  if (!tls && mechanism === 'none') return undefined;
  return {
    ...(tls ? { tls: { ...(ca ? { ca } : {}), ...(cert ? { cert } : {}), ...(key ? { key } : {}) } } : {}),
    ...(isScram
      ? { sasl: { mechanism, username: scram.username ?? '', password: scram.password ?? '' } }
      : isOAuth
        ? {
            sasl: {
              mechanism,
              tokenUrl: oauth.tokenUrl ?? '',
              clientId: oauth.clientId ?? '',
              clientSecret: oauth.clientSecret ?? '',
              ...(oauth.scope ? { scope: oauth.scope } : {}),
            },
          }
        : {}),
  };
}

function readPemFile(
  read: EnvReader,
  variable: ConfigVariable<string>,
  file: string | undefined,
): string | undefined {
  if (file === undefined) return undefined;
  try {
    const text = readFileSync(file, 'utf8');
    if (text.includes('-----BEGIN ')) return text;
  } catch {
    // reported below, like a file that is not PEM
  }
  read.report(`${variable.name}=${JSON.stringify(file)} must be ${variable.expected}`);
  return undefined;
}
