import {
  type ClaimMapping,
  EnvReader,
  loadClaimMapping,
  RULES_DIRECTORY,
  WEB_CARE_CENTRES_URL,
  WEB_CLAIM_MAPPING,
  WEB_HTTP_PORT,
  WEB_OIDC_CLIENT_ID,
  WEB_OIDC_CLIENT_SECRET,
  WEB_OIDC_ISSUER,
  WEB_PUBLIC_URL,
  WEB_RECEPTION_URL,
  WEB_SESSION_IDLE_MINUTES,
  WEB_SETTLEMENT_URL,
} from '#platform';

/** The services the workbench forwards `/api/<service>/…` to. */
export const FORWARDED_SERVICES = ['settlement', 'reception', 'care-centres'] as const;
export type ForwardedService = (typeof FORWARDED_SERVICES)[number];

/** The injection token of the WebConfig. */
export const WEB_CONFIG = 'WEB_CONFIG';

export interface WebConfig {
  httpPort: number;
  /** Undefined: http://127.0.0.1:<the port it listens on>. */
  publicUrl?: string;
  oidc: { issuer: string; clientId: string; clientSecret?: string; claimMapping: ClaimMapping };
  sessionIdleMinutes: number;
  services: Record<ForwardedService, string>;
  /** The built front-end (index.html and assets). */
  staticDirectory: string;
  /** The reference data the front-end loads (the map). */
  dataDirectory: string;
  /** The shipped rule sets and their test cases (a candidate is tested against its rule set's cases). */
  rulesDirectory: string;
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/** Reads the workbench's environment once; a ConfigurationError names every invalid variable. */
export function readWebConfig(
  env: NodeJS.ProcessEnv = process.env,
  directories: { staticDirectory: string; dataDirectory: string } = {
    staticDirectory: 'dist/web',
    dataDirectory: 'data',
  },
): WebConfig {
  const read = new EnvReader(env);
  const publicUrl = read.optional(WEB_PUBLIC_URL);
  const clientSecret = read.optional(WEB_OIDC_CLIENT_SECRET);
  const mappingName = read.value(WEB_CLAIM_MAPPING);
  const config = {
    httpPort: read.value(WEB_HTTP_PORT),
    oidc: {
      issuer: withoutTrailingSlash(read.value(WEB_OIDC_ISSUER)),
      clientId: read.value(WEB_OIDC_CLIENT_ID),
    },
    sessionIdleMinutes: read.value(WEB_SESSION_IDLE_MINUTES),
    rulesDirectory: read.value(RULES_DIRECTORY),
    services: {
      settlement: withoutTrailingSlash(read.value(WEB_SETTLEMENT_URL)),
      reception: withoutTrailingSlash(read.value(WEB_RECEPTION_URL)),
      'care-centres': withoutTrailingSlash(read.value(WEB_CARE_CENTRES_URL)),
    },
    ...directories,
  };
  let claimMapping: ClaimMapping | undefined;
  try {
    claimMapping = loadClaimMapping(mappingName);
  } catch (error) {
    read.report(`WEB_CLAIM_MAPPING: ${(error as Error).message}`);
  }
  read.done();
  return {
    ...config,
    ...(publicUrl ? { publicUrl: withoutTrailingSlash(publicUrl) } : {}),
    oidc: { ...config.oidc, ...(clientSecret ? { clientSecret } : {}), claimMapping: claimMapping! },
  };
}
