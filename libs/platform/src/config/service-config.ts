import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { EnvReader } from './env-reader.js';

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What every service needs to run; each service adds its own settings beside it. */
export interface ServiceConfig {
  serviceName: string;
  /** Names this running instance in announcements (host, process and a random part). */
  instanceId: string;
  httpPort: number;
  logLevel: LogLevel;
  kafka: {
    brokers: string[];
    topicPrefix: string;
    clientId: string;
    groupId: string;
    sessionTimeoutMs: number;
  };
  database: { url: string; schema: string };
  redis: { url: string };
  outbox: { relayEnabled: boolean; pollIntervalMs: number };
  rules: { directory: string; pollIntervalMs: number; watchFiles: boolean };
  /** The reference data the project ships (data/). */
  dataDirectory: string;
}

export interface ServiceDefaults {
  serviceName: string;
  httpPort: number;
  databaseSchema: string;
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/refugees';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';

export function readServiceConfig(
  defaults: ServiceDefaults,
  env: NodeJS.ProcessEnv = process.env,
): ServiceConfig {
  const read = new EnvReader(env);
  const topicPrefix = read.string('KAFKA_TOPIC_PREFIX', '');
  const config: ServiceConfig = {
    serviceName: defaults.serviceName,
    instanceId: `${defaults.serviceName}@${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    httpPort: read.port('HTTP_PORT', defaults.httpPort),
    logLevel: read.oneOf('LOG_LEVEL', 'log', LOG_LEVELS),
    kafka: {
      brokers: read.hostPortList('KAFKA_BROKERS', DEFAULT_KAFKA_BROKERS),
      topicPrefix,
      clientId: `${defaults.serviceName}-${process.pid}`,
      groupId: `${topicPrefix}${defaults.serviceName}`,
      sessionTimeoutMs: read.integer('KAFKA_SESSION_TIMEOUT_MS', 30000, { min: 6000, max: 300000 }),
    },
    database: {
      url: read.url('DATABASE_URL', DEFAULT_DATABASE_URL, ['postgres:', 'postgresql:']),
      schema: read.identifier('DATABASE_SCHEMA', defaults.databaseSchema),
    },
    redis: { url: read.url('REDIS_URL', DEFAULT_REDIS_URL, ['redis:', 'rediss:']) },
    outbox: {
      relayEnabled: read.boolean('OUTBOX_RELAY_ENABLED', true),
      pollIntervalMs: read.integer('OUTBOX_POLL_INTERVAL_MS', 200, { min: 10, max: 60000 }),
    },
    rules: {
      directory: read.string('RULES_DIRECTORY', 'rules'),
      pollIntervalMs: read.integer('RULES_POLL_INTERVAL_MS', 1000, { min: 50, max: 600000 }),
      watchFiles: read.boolean('RULES_WATCH_FILES', true),
    },
    dataDirectory: read.string('DATA_DIRECTORY', 'data'),
  };
  if (topicPrefix && !/^[A-Za-z0-9._-]+$/.test(topicPrefix)) {
    throw new Error(`KAFKA_TOPIC_PREFIX="${topicPrefix}" may only hold letters, digits, '.', '_' and '-'`);
  }
  read.done();
  return config;
}
