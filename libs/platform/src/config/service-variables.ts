import {
  booleanVariable,
  choiceVariable,
  type ConfigVariable,
  hostPortListVariable,
  identifierVariable,
  integerVariable,
  portVariable,
  SERVICE_NAMES,
  textVariable,
  urlVariable,
} from './config-variable.js';
import {
  CORS_ALLOWED_ORIGINS,
  RATE_LIMIT_REQUESTS,
  RATE_LIMIT_WINDOW_SECONDS,
} from './http-edge-variables.js';
import { KAFKA_SECURITY_VARIABLES } from './kafka-security-variables.js';
import { OBSERVABILITY_VARIABLES } from './observability-variables.js';

/** The variables every service reads (readServiceConfig); each service declares its own beside its config. */

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/refugees';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';

export const HTTP_PORT = portVariable({
  name: 'HTTP_PORT',
  description: 'HTTP port (0 picks a free one); `npm start` gives each service its default',
  readBy: SERVICE_NAMES,
  default: { perService: { settlement: 3001, reception: 3002, 'care-centres': 3003 } },
});

export const LOG_LEVEL = choiceVariable({
  name: 'LOG_LEVEL',
  description: 'the most detailed kind of log line written',
  readBy: SERVICE_NAMES,
  default: { value: 'log' },
  choices: LOG_LEVELS,
});

export const KAFKA_BROKERS = hostPortListVariable({
  name: 'KAFKA_BROKERS',
  description: 'the Kafka brokers; when set, `npm start` uses them instead of starting a local broker',
  readBy: [...SERVICE_NAMES, 'npm start', 'CLIs', 'e2e tests'],
  default: { value: DEFAULT_KAFKA_BROKERS.split(',') },
});

export const KAFKA_TOPIC_PREFIX = textVariable({
  name: 'KAFKA_TOPIC_PREFIX',
  description: 'prefix for every topic, consumer group and job queue (isolated environments on one cluster)',
  readBy: [...SERVICE_NAMES, 'npm start', 'CLIs'],
  default: { value: '' },
  pattern: /^[A-Za-z0-9._-]+$/,
  expected: 'letters, digits, ".", "_" and "-"',
});

export const KAFKA_SESSION_TIMEOUT_MS = integerVariable({
  name: 'KAFKA_SESSION_TIMEOUT_MS',
  description:
    'how long the broker waits for a silent instance before moving its partitions (an instance stopped with SIGTERM leaves its group at once); heartbeats go every third of it, at most every 3 s',
  readBy: SERVICE_NAMES,
  default: { value: 10000 },
  min: 6000,
  max: 300000,
});

export const KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY = integerVariable({
  name: 'KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY',
  description:
    'how many of its partitions one instance applies at the same time; events of one partition stay in order',
  readBy: SERVICE_NAMES,
  default: { value: 3 },
  min: 1,
  max: 64,
});

export const DEAD_LETTER_HASH_KEY = textVariable({
  name: 'DEAD_LETTER_HASH_KEY',
  description:
    'key of the hash that follows a national identity number redacted from a dead letter, so an operator can match two letters; without it only a marker is written',
  readBy: SERVICE_NAMES,
  default: { derived: 'none' },
  pattern: /^.{16,}$/,
  expected: 'at least 16 characters',
  secret: true,
});

export const KAFKA_BATCH_MAX_EVENTS = integerVariable({
  name: 'KAFKA_BATCH_MAX_EVENTS',
  description:
    'most events of one partition applied in one database transaction; a failing batch is split until the failing event is alone',
  readBy: SERVICE_NAMES,
  default: { value: 500 },
  min: 1,
  max: 10000,
});

export const KAFKA_BATCH_MAX_WAIT_MS = integerVariable({
  name: 'KAFKA_BATCH_MAX_WAIT_MS',
  description:
    'longest the broker waits for events before answering a fetch, so a batch never waits longer to start',
  readBy: SERVICE_NAMES,
  default: { value: 250 },
  min: 1,
  max: 10000,
});

export const DATABASE_URL = urlVariable({
  name: 'DATABASE_URL',
  description: 'PostgreSQL; each service uses its own schema in it',
  readBy: [...SERVICE_NAMES, 'npm start', 'CLIs', 'e2e tests'],
  default: { value: DEFAULT_DATABASE_URL },
  protocols: ['postgres:', 'postgresql:'],
  sensitive: true,
});

export const DATABASE_SCHEMA = identifierVariable({
  name: 'DATABASE_SCHEMA',
  description: "the service's schema",
  readBy: SERVICE_NAMES,
  default: {
    perService: { settlement: 'settlement', reception: 'reception', 'care-centres': 'care_centres' },
  },
});

export const REDIS_URL = urlVariable({
  name: 'REDIS_URL',
  description: 'Redis (job queues)',
  readBy: [...SERVICE_NAMES, 'npm start', 'e2e tests'],
  default: { value: DEFAULT_REDIS_URL },
  protocols: ['redis:', 'rediss:'],
  sensitive: true,
});

export const OUTBOX_RELAY_ENABLED = booleanVariable({
  name: 'OUTBOX_RELAY_ENABLED',
  description: 'whether this instance sends the outbox to Kafka',
  readBy: SERVICE_NAMES,
  default: { value: true },
});

export const OUTBOX_POLL_INTERVAL_MS = integerVariable({
  name: 'OUTBOX_POLL_INTERVAL_MS',
  description: 'how often the relay looks for unsent events when not woken',
  readBy: SERVICE_NAMES,
  default: { value: 200 },
  min: 10,
  max: 60000,
});

export const OUTBOX_MAX_EVENT_BYTES = integerVariable({
  name: 'OUTBOX_MAX_EVENT_BYTES',
  description:
    "the largest serialized event the outbox takes (a larger one is refused for good), also the most bytes per produce request; keep it under the broker's message.max.bytes",
  readBy: SERVICE_NAMES,
  default: { value: 1000000 },
  min: 512,
  max: 100000000,
});

export const RULES_DIRECTORY = textVariable({
  name: 'RULES_DIRECTORY',
  description: 'where the rule sets are',
  readBy: [...SERVICE_NAMES, 'web', 'CLIs', 'bench'],
  default: { value: 'rules' },
  expected: 'a directory',
});

export const RULES_POLL_INTERVAL_MS = integerVariable({
  name: 'RULES_POLL_INTERVAL_MS',
  description: 'how often an instance looks for a rule-set version activated elsewhere',
  readBy: SERVICE_NAMES,
  default: { value: 1000 },
  min: 50,
  max: 600000,
});

export const RULES_WATCH_FILES = booleanVariable({
  name: 'RULES_WATCH_FILES',
  description: 'whether an edited rule file is validated and activated while the service runs',
  readBy: SERVICE_NAMES,
  default: { value: true },
});

export const RULES_FILE_ACTIVATION = booleanVariable({
  name: 'RULES_FILE_ACTIVATION',
  description:
    'whether a changed rule file is activated (the deployment path for reviewed changes); false in production where files are not reviewed before they land: a changed file then becomes a candidate a policy approver must approve',
  readBy: SERVICE_NAMES,
  default: { value: true },
});

export const CHECKS_APPLY_FROM = textVariable({
  name: 'CHECKS_APPLY_FROM',
  description:
    'the first day a check with an asOf may change escalations; unset, today (Europe/Oslo): checks for an earlier day only report what they would raise or resolve. Set only where past days are replayed (tests, demonstrations)',
  readBy: ['settlement', 'care-centres'],
  default: { derived: 'today' },
  pattern: /^\d{4}-\d{2}-\d{2}$/,
  expected: 'a date like 2026-01-01',
});

export const SERVICE_VARIABLES: readonly ConfigVariable<unknown>[] = [
  HTTP_PORT,
  LOG_LEVEL,
  KAFKA_BROKERS,
  KAFKA_TOPIC_PREFIX,
  KAFKA_SESSION_TIMEOUT_MS,
  KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY,
  KAFKA_BATCH_MAX_EVENTS,
  KAFKA_BATCH_MAX_WAIT_MS,
  ...KAFKA_SECURITY_VARIABLES,
  DEAD_LETTER_HASH_KEY,
  DATABASE_URL,
  DATABASE_SCHEMA,
  REDIS_URL,
  OUTBOX_RELAY_ENABLED,
  OUTBOX_POLL_INTERVAL_MS,
  OUTBOX_MAX_EVENT_BYTES,
  RULES_DIRECTORY,
  RULES_POLL_INTERVAL_MS,
  RULES_WATCH_FILES,
  RULES_FILE_ACTIVATION,
  CHECKS_APPLY_FROM,
  CORS_ALLOWED_ORIGINS,
  RATE_LIMIT_REQUESTS,
  RATE_LIMIT_WINDOW_SECONDS,
  ...OBSERVABILITY_VARIABLES,
];
