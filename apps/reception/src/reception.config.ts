import {
  booleanVariable,
  type ConfigVariable,
  integerVariable,
  listVariable,
  readServiceConfig,
  type ServiceConfig,
  textVariable,
  urlVariable,
} from '#platform';

import { parseNetwork } from './early-warnings/ip-networks.js';
import { decodeKey } from './early-warnings/webhook-secrets.js';

export const EARLY_WARNING_ATTEMPTS = integerVariable({
  name: 'EARLY_WARNING_ATTEMPTS',
  description: 'deliveries tried per early warning before it is recorded as failed',
  readBy: ['reception'],
  default: { value: 8 },
  min: 1,
  max: 100,
});

export const EARLY_WARNING_BACKOFF_MS = integerVariable({
  name: 'EARLY_WARNING_BACKOFF_MS',
  description: 'first wait between tries to deliver an early warning; it doubles each time',
  readBy: ['reception'],
  default: { value: 10000 },
  min: 10,
  max: 3600000,
});

export const EARLY_WARNING_POLL_INTERVAL_MS = integerVariable({
  name: 'EARLY_WARNING_POLL_INTERVAL_MS',
  description: 'how often pending early warnings are handed to the delivery queue',
  readBy: ['reception'],
  default: { value: 1000 },
  min: 50,
  max: 600000,
});

export const WEBHOOK_ALLOW_LOOPBACK_HTTP = booleanVariable({
  name: 'WEBHOOK_ALLOW_LOOPBACK_HTTP',
  description:
    'development only: webhooks may lead to loopback addresses (127.0.0.0/8, ::1), by plain http too; plain http is never allowed elsewhere',
  readBy: ['reception'],
  default: { value: false },
});

export const WEBHOOK_ALLOWED_NETWORKS = listVariable({
  name: 'WEBHOOK_ALLOWED_NETWORKS',
  description:
    'networks webhooks may lead to although they are not public (private, shared, link-local, …), such as a municipality reached over a private link',
  readBy: ['reception'],
  default: { value: [] },
  item: (text) => (parseNetwork(text) ? text : undefined),
  expected: 'a comma-separated list of networks in CIDR notation, such as 10.20.0.0/16 or 2001:db8:1::/48',
});

export const WEBHOOK_TIMEOUT_MS = integerVariable({
  name: 'WEBHOOK_TIMEOUT_MS',
  description:
    "how long resolving a webhook's host, and a delivery to it until its answer, may take before the try counts as timed out",
  readBy: ['reception'],
  default: { value: 5000 },
  min: 100,
  max: 60000,
});

/** Used when WEBHOOK_SECRET_KEYS is unset, with a warning at start-up: for development only. */
export const DEVELOPMENT_WEBHOOK_SECRET_KEY = 'ZGV2ZWxvcG1lbnQtb25seS13ZWJob29rLXNlY3JldHM=';

export const WEBHOOK_SECRET_KEYS = listVariable({
  name: 'WEBHOOK_SECRET_KEYS',
  description:
    "the keys that seal the municipalities' webhook signing secrets in the database (AES-256-GCM): the first seals new secrets, every one opens, so a new key goes first",
  readBy: ['reception'],
  default: { derived: 'a development key, with a warning at start-up (set your own in production)' },
  item: (text) => (decodeKey(text) ? text : undefined),
  expected: 'a comma-separated list of 32-byte keys, base64 or hexadecimal (openssl rand -base64 32)',
  secret: true,
});

export const ESCALATION_WEBHOOK_URL = urlVariable({
  name: 'ESCALATION_WEBHOOK_URL',
  description:
    "where UDI's system receives the reception's escalations (raised and resolved) as signed webhooks, delivered and retried like early warnings; none are sent when unset",
  readBy: ['reception'],
  default: { derived: 'none' },
  protocols: ['https:', 'http:'],
});

export const ESCALATION_WEBHOOK_SECRET = textVariable({
  name: 'ESCALATION_WEBHOOK_SECRET',
  description:
    'the key of the HMAC-SHA256 signature of each escalation webhook (x-signature header, as for early warnings); needed with ESCALATION_WEBHOOK_URL',
  readBy: ['reception'],
  default: { derived: 'none' },
  pattern: /^.{16,}$/,
  expected: 'at least 16 characters',
  secret: true,
});

export const RECEPTION_VARIABLES: readonly ConfigVariable<unknown>[] = [
  EARLY_WARNING_ATTEMPTS,
  EARLY_WARNING_BACKOFF_MS,
  EARLY_WARNING_POLL_INTERVAL_MS,
  WEBHOOK_ALLOW_LOOPBACK_HTTP,
  WEBHOOK_ALLOWED_NETWORKS,
  WEBHOOK_TIMEOUT_MS,
  WEBHOOK_SECRET_KEYS,
  ESCALATION_WEBHOOK_URL,
  ESCALATION_WEBHOOK_SECRET,
];

export interface ReceptionConfig extends ServiceConfig {
  earlyWarnings: { attempts: number; backoffMs: number; pollIntervalMs: number };
  /** UDI's system's escalation webhook, when one is configured. */
  escalationWebhook?: { url: string; secret: string };
  webhooks: {
    allowLoopbackHttp: boolean;
    allowedNetworks: string[];
    timeoutMs: number;
    /** Base64 or hexadecimal; the first seals. */
    secretKeys: string[];
    /** WEBHOOK_SECRET_KEYS was unset: the development key is used. */
    developmentSecretKey: boolean;
  };
}

export function readReceptionConfig(env: NodeJS.ProcessEnv = process.env): ReceptionConfig {
  return readServiceConfig('reception', env, (read) => {
    const secretKeys = read.optional(WEBHOOK_SECRET_KEYS);
    const escalationUrl = read.optional(ESCALATION_WEBHOOK_URL);
    const escalationSecret = read.optional(ESCALATION_WEBHOOK_SECRET);
    if (escalationUrl && !escalationSecret) {
      read.report('ESCALATION_WEBHOOK_URL is set without ESCALATION_WEBHOOK_SECRET to sign the deliveries');
    }
    return {
      earlyWarnings: {
        attempts: read.value(EARLY_WARNING_ATTEMPTS),
        backoffMs: read.value(EARLY_WARNING_BACKOFF_MS),
        pollIntervalMs: read.value(EARLY_WARNING_POLL_INTERVAL_MS),
      },
      ...(escalationUrl && escalationSecret
        ? { escalationWebhook: { url: escalationUrl, secret: escalationSecret } }
        : {}),
      webhooks: {
        allowLoopbackHttp: read.value(WEBHOOK_ALLOW_LOOPBACK_HTTP),
        allowedNetworks: read.value(WEBHOOK_ALLOWED_NETWORKS),
        timeoutMs: read.value(WEBHOOK_TIMEOUT_MS),
        secretKeys: secretKeys?.length ? secretKeys : [DEVELOPMENT_WEBHOOK_SECRET_KEY],
        developmentSecretKey: !secretKeys?.length,
      },
    };
  });
}
