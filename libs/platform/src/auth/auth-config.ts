import { Ajv2020 } from 'ajv/dist/2020.js';

import { ConfigurationError, EnvReader } from '../config/env-reader.js';
import { AUTH_AUDIENCE, AUTH_CLOCK_SKEW_SECONDS, AUTH_ISSUERS } from './auth-variables.js';
import { loadClaimMapping } from './built-in-claim-mappings.js';
import type { ClaimMapping } from './claim-mapping.js';
import { LOCAL_KEYCLOAK } from './local-keycloak.js';
import { AGENCIES, type Agency } from './principal.js';

/** Signature algorithms an issuer may be allowed: asymmetric only, so a public JWKS key can never sign. */
export const SIGNATURE_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

/** One identity provider whose tokens this service accepts, resolved for this service. */
export interface IssuerConfig {
  /** Exactly the token's `iss`. */
  issuer: string;
  jwksUrl: string;
  /** The token's `aud` must hold one of these. */
  audiences: string[];
  algorithms: string[];
  clockSkewSeconds: number;
  /** Which mapping (built-in name or file) turns this issuer's claims into a principal. */
  claimMappingName: string;
  claimMapping: ClaimMapping;
  agency?: Agency;
}

export interface AuthConfig {
  issuers: IssuerConfig[];
}

/** One entry of AUTH_ISSUERS as written. */
interface IssuerEntry {
  issuer: string;
  jwksUrl: string;
  audiences?: string[] | Record<string, string | string[]>;
  algorithms?: string[];
  clockSkewSeconds?: number;
  claimMapping?: string;
  agency?: Agency;
}

const validateEntries = new Ajv2020({ allErrors: true, strict: false }).compile({
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['issuer', 'jwksUrl'],
    properties: {
      issuer: { type: 'string', minLength: 1 },
      jwksUrl: { type: 'string', minLength: 1 },
      audiences: {
        anyOf: [
          { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          {
            type: 'object',
            additionalProperties: {
              anyOf: [
                { type: 'string', minLength: 1 },
                { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
              ],
            },
          },
        ],
      },
      algorithms: { type: 'array', minItems: 1, items: { enum: [...SIGNATURE_ALGORITHMS] } },
      clockSkewSeconds: { type: 'integer', minimum: 0, maximum: 300 },
      claimMapping: { type: 'string', minLength: 1 },
      agency: { enum: [...AGENCIES] },
    },
  },
});

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http on the loopback interface (the local Keycloak, a test's key server). */
function urlProblem(name: string, value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${name} "${value}" is not a URL`;
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)))
    return undefined;
  return `${name} "${value}" must use https (plain http only on 127.0.0.1 or localhost)`;
}

function localKeycloakEntry(): IssuerEntry {
  return { issuer: LOCAL_KEYCLOAK.issuer, jwksUrl: LOCAL_KEYCLOAK.jwksUrl, claimMapping: 'keycloak' };
}

function audiencesFor(entry: IssuerEntry, serviceName: string, fallback: string): string[] | undefined {
  if (entry.audiences === undefined) return [fallback];
  if (Array.isArray(entry.audiences)) return entry.audiences;
  const forService = entry.audiences[serviceName];
  return forService === undefined ? undefined : Array.isArray(forService) ? forService : [forService];
}

/**
 * The issuers this service trusts. `AUTH_ISSUERS` (a JSON array) names them; without it, the local Keycloak
 * (infra scripts start it). `AUTH_AUDIENCE` (default: the service's name) is the audience required of tokens
 * from issuers whose entry gives none; `AUTH_CLOCK_SKEW_SECONDS` (default 30) the tolerance on exp/nbf.
 */
export function readAuthConfig(serviceName: string, env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const read = new EnvReader(env);
  const audience = read.optional(AUTH_AUDIENCE) ?? serviceName;
  const clockSkewSeconds = read.value(AUTH_CLOCK_SKEW_SECONDS);
  const raw = read.optional(AUTH_ISSUERS);
  read.done();

  const problems: string[] = [];
  let entries: IssuerEntry[] = [localKeycloakEntry()];
  if (raw) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new ConfigurationError(['AUTH_ISSUERS must be a JSON array of issuers (see README, Identity)']);
    }
    if (!validateEntries(parsed)) {
      throw new ConfigurationError(
        (validateEntries.errors ?? []).map(
          (error) =>
            `AUTH_ISSUERS${error.instancePath.replaceAll('/', '.')} ${error.message ?? 'is invalid'}`,
        ),
      );
    }
    entries = parsed as IssuerEntry[];
  }

  const issuers: IssuerConfig[] = [];
  entries.forEach((entry, index) => {
    const where = `AUTH_ISSUERS[${index}]`;
    for (const problem of [
      urlProblem(`${where}.issuer`, entry.issuer),
      urlProblem(`${where}.jwksUrl`, entry.jwksUrl),
    ]) {
      if (problem) problems.push(problem);
    }
    if (entries.findIndex((other) => other.issuer === entry.issuer) !== index) {
      problems.push(`${where}.issuer "${entry.issuer}" is listed twice`);
    }
    const audiences = audiencesFor(entry, serviceName, audience);
    if (!audiences) problems.push(`${where}.audiences names no audience for the service "${serviceName}"`);
    const claimMappingName = entry.claimMapping ?? 'keycloak';
    let claimMapping: ClaimMapping | undefined;
    try {
      claimMapping = loadClaimMapping(claimMappingName);
    } catch (error) {
      problems.push(`${where}.claimMapping: ${(error as Error).message}`);
    }
    if (!audiences || !claimMapping) return;
    issuers.push({
      issuer: entry.issuer,
      jwksUrl: entry.jwksUrl,
      audiences,
      algorithms: entry.algorithms ?? ['RS256'],
      clockSkewSeconds: entry.clockSkewSeconds ?? clockSkewSeconds,
      claimMappingName,
      claimMapping,
      ...(entry.agency ? { agency: entry.agency } : {}),
    });
  });
  if (problems.length > 0) throw new ConfigurationError(problems);
  return { issuers };
}
