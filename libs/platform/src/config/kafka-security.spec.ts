import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ConfigurationError, EnvReader } from './env-reader.js';
import { readKafkaSecurity } from './kafka-security.js';
import { readKafkaConnection, readServiceConfig } from './service-config.js';

function read(env: NodeJS.ProcessEnv) {
  const reader = new EnvReader(env);
  const security = readKafkaSecurity(reader);
  reader.done();
  return security;
}

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    read(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

const directory = mkdtempSync(path.join(tmpdir(), 'kafka-security-'));
const pem = (name: string, label: string) => {
  const file = path.join(directory, name);
  writeFileSync(file, `-----BEGIN ${label}-----\nMIIB\n-----END ${label}-----\n`);
  return file;
};

describe('readKafkaSecurity', () => {
  it('leaves the local broker plaintext and unauthenticated when nothing is set', () => {
    expect(read({})).toBeUndefined();
    expect(readServiceConfig('reception', {}).kafka.security).toBeUndefined();
  });

  it('reads TLS with a private CA and a client certificate from PEM files', () => {
    const env = {
      KAFKA_TLS: 'true',
      KAFKA_TLS_CA_FILE: pem('ca.pem', 'CERTIFICATE'),
      KAFKA_TLS_CERT_FILE: pem('client.pem', 'CERTIFICATE'),
      KAFKA_TLS_KEY_FILE: pem('client.key', 'PRIVATE KEY'),
    };
    expect(read(env)).toEqual({
      tls: {
        ca: expect.stringContaining('BEGIN CERTIFICATE'),
        cert: expect.stringContaining('BEGIN CERTIFICATE'),
        key: expect.stringContaining('BEGIN PRIVATE KEY'),
      },
    });
    expect(read({ KAFKA_TLS: 'true' })).toEqual({ tls: {} });
  });

  it('reads SCRAM, with or without TLS', () => {
    expect(
      read({
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'reception',
        KAFKA_SASL_PASSWORD: 'pw',
      }),
    ).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'reception', password: 'pw' } });
  });

  it('reads OAUTHBEARER by client credentials over TLS', () => {
    expect(
      read({
        KAFKA_TLS: 'true',
        KAFKA_SASL_MECHANISM: 'oauthbearer',
        KAFKA_OAUTH_TOKEN_URL: 'https://login.example/oauth2/token',
        KAFKA_OAUTH_CLIENT_ID: 'reception',
        KAFKA_OAUTH_CLIENT_SECRET: 's3cret',
        KAFKA_OAUTH_SCOPE: 'kafka',
      }),
    ).toEqual({
      tls: {},
      sasl: {
        mechanism: 'oauthbearer',
        tokenUrl: 'https://login.example/oauth2/token',
        clientId: 'reception',
        clientSecret: 's3cret',
        scope: 'kafka',
      },
    });
  });

  it('names every setting that is missing, does not belong, or is not safe, never showing a secret', () => {
    expect(problemsOf({ KAFKA_SASL_MECHANISM: 'scram-sha-256', KAFKA_SASL_USERNAME: 'u' })).toEqual([
      'KAFKA_SASL_MECHANISM=scram-sha-256 needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD',
    ]);
    expect(
      problemsOf({
        KAFKA_SASL_MECHANISM: 'oauthbearer',
        KAFKA_OAUTH_TOKEN_URL: 'http://login.example/token',
        KAFKA_OAUTH_CLIENT_ID: 'c',
        KAFKA_OAUTH_CLIENT_SECRET: 's3cret',
      }),
    ).toEqual([
      'KAFKA_SASL_MECHANISM=oauthbearer needs KAFKA_TLS=true (the token would cross in clear)',
      'KAFKA_OAUTH_TOKEN_URL="http://login.example/token" must be https (http only on loopback)',
    ]);
    expect(problemsOf({ KAFKA_SASL_PASSWORD: 'pw', KAFKA_OAUTH_CLIENT_ID: 'c' })).toEqual([
      'KAFKA_SASL_USERNAME and _PASSWORD need a SCRAM KAFKA_SASL_MECHANISM',
      'KAFKA_OAUTH_* need KAFKA_SASL_MECHANISM=oauthbearer',
    ]);
    expect(problemsOf({ KAFKA_TLS_CA_FILE: path.join(directory, 'missing.pem') })).toEqual([
      `KAFKA_TLS_CA_FILE="${path.join(directory, 'missing.pem')}" must be a readable PEM file`,
      'KAFKA_TLS_CA_FILE, _CERT_FILE and _KEY_FILE need KAFKA_TLS=true',
    ]);
    expect(problemsOf({ KAFKA_TLS: 'true', KAFKA_TLS_CERT_FILE: pem('only.pem', 'CERTIFICATE') })).toEqual([
      'KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together',
    ]);
    expect(problemsOf({ KAFKA_SASL_MECHANISM: 'plain' }).join()).toContain('one of none, scram-sha-256');
  });

  it('gives the command-line tools the same security as the services', () => {
    const env = {
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'cli',
      KAFKA_SASL_PASSWORD: 'pw',
    };
    expect(readKafkaConnection(env).security).toEqual(readServiceConfig('settlement', env).kafka.security);
  });
});
