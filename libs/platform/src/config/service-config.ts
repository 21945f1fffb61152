import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

import type { KafkaSecurity } from '#messaging';

import { type AuthConfig, readAuthConfig } from '../auth/auth-config.js';
import type { ServiceName } from './config-variable.js';
import { EnvReader } from './env-reader.js';
import {
  CORS_ALLOWED_ORIGINS,
  RATE_LIMIT_REQUESTS,
  RATE_LIMIT_WINDOW_SECONDS,
} from './http-edge-variables.js';
import { readKafkaSecurity } from './kafka-security.js';
import {
  HTTP_HOST,
  LOG_FORMAT,
  type LogFormat,
  OTEL_ENABLED,
  OTEL_EXPORTER_OTLP_ENDPOINT,
} from './observability-variables.js';
import {
  DATABASE_SCHEMA,
  DATABASE_URL,
  DEAD_LETTER_HASH_KEY,
  HTTP_PORT,
  KAFKA_BATCH_MAX_EVENTS,
  KAFKA_BATCH_MAX_WAIT_MS,
  KAFKA_BROKERS,
  KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY,
  KAFKA_SESSION_TIMEOUT_MS,
  KAFKA_TOPIC_PREFIX,
  LOG_LEVEL,
  type LogLevel,
  OUTBOX_MAX_EVENT_BYTES,
  OUTBOX_POLL_INTERVAL_MS,
  OUTBOX_RELAY_ENABLED,
  REDIS_URL,
  RULES_DIRECTORY,
  RULES_FILE_ACTIVATION,
  RULES_POLL_INTERVAL_MS,
  RULES_WATCH_FILES,
} from './service-variables.js';

export type { LogLevel } from './service-variables.js';

/** What every service needs to run; each service adds its own settings beside it. */
export interface ServiceConfig {
  serviceName: ServiceName;
  /** Names this running instance in announcements (host, process and a random part). */
  instanceId: string;
  httpPort: number;
  /** The address the HTTP server binds (127.0.0.1 locally, 0.0.0.0 behind a load balancer). */
  httpHost: string;
  logLevel: LogLevel;
  /** One JSON object per line (log collectors) or readable lines. */
  logFormat: LogFormat;
  /** OpenTelemetry traces, sent over OTLP/HTTP when enabled. */
  tracing: { enabled: boolean; endpoint: string };
  kafka: {
    brokers: string[];
    topicPrefix: string;
    clientId: string;
    groupId: string;
    sessionTimeoutMs: number;
    /** How many of its partitions one instance applies at the same time (each in order). */
    partitionsConsumedConcurrently: number;
    /** Most events of one partition applied in one transaction, and the longest a fetch waits for events. */
    batch: { maxEvents: number; maxWaitMs: number };
    /** TLS and SASL for production brokers; undefined for the local, plaintext broker. */
    security?: KafkaSecurity;
    /** Key of the hash beside a national identity number redacted from a dead letter (none: marker only). */
    deadLetterHashKey?: string;
  };
  /** The HTTP edge: browser origins allowed by CORS, and the rate limit per caller. */
  http: { corsOrigins: string[]; rateLimit: { requests: number; windowSeconds: number } };
  database: { url: string; schema: string };
  redis: { url: string };
  /** maxEventBytes: the largest serialized event the outbox takes (and the relay's request size bound). */
  outbox: { relayEnabled: boolean; pollIntervalMs: number; maxEventBytes: number };
  rules: { directory: string; pollIntervalMs: number; watchFiles: boolean; fileActivation: boolean };
  /** The token issuers this service trusts and what it requires of their tokens. */
  auth: AuthConfig;
}

/**
 * Reads the settings every service shares and, with `readOwn`, the service's own, in one pass: a
 * ConfigurationError names every invalid variable at once.
 */
export function readServiceConfig<Own extends object = object>(
  service: ServiceName,
  env: NodeJS.ProcessEnv = process.env,
  readOwn: (read: EnvReader) => Own = () => ({}) as Own,
): ServiceConfig & Own {
  const read = new EnvReader(env, service);
  const topicPrefix = read.value(KAFKA_TOPIC_PREFIX);
  const config: Omit<ServiceConfig, 'auth'> = {
    serviceName: service,
    instanceId: `${service}@${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    httpPort: read.value(HTTP_PORT),
    httpHost: read.value(HTTP_HOST),
    logLevel: read.value(LOG_LEVEL),
    logFormat: read.value(LOG_FORMAT),
    tracing: { enabled: read.value(OTEL_ENABLED), endpoint: read.value(OTEL_EXPORTER_OTLP_ENDPOINT) },
    kafka: {
      brokers: read.value(KAFKA_BROKERS),
      topicPrefix,
      clientId: `${service}-${process.pid}`,
      groupId: `${topicPrefix}${service}`,
      sessionTimeoutMs: read.value(KAFKA_SESSION_TIMEOUT_MS),
      partitionsConsumedConcurrently: read.value(KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY),
      batch: {
        maxEvents: read.value(KAFKA_BATCH_MAX_EVENTS),
        maxWaitMs: read.value(KAFKA_BATCH_MAX_WAIT_MS),
      },
      security: readKafkaSecurity(read),
      deadLetterHashKey: read.optional(DEAD_LETTER_HASH_KEY),
    },
    http: {
      corsOrigins: read.value(CORS_ALLOWED_ORIGINS),
      rateLimit: {
        requests: read.value(RATE_LIMIT_REQUESTS),
        windowSeconds: read.value(RATE_LIMIT_WINDOW_SECONDS),
      },
    },
    database: { url: read.value(DATABASE_URL), schema: read.value(DATABASE_SCHEMA) },
    redis: { url: read.value(REDIS_URL) },
    outbox: {
      relayEnabled: read.value(OUTBOX_RELAY_ENABLED),
      pollIntervalMs: read.value(OUTBOX_POLL_INTERVAL_MS),
      maxEventBytes: read.value(OUTBOX_MAX_EVENT_BYTES),
    },
    rules: {
      directory: read.value(RULES_DIRECTORY),
      pollIntervalMs: read.value(RULES_POLL_INTERVAL_MS),
      watchFiles: read.value(RULES_WATCH_FILES),
      fileActivation: read.value(RULES_FILE_ACTIVATION),
    },
  };
  const own = readOwn(read);
  read.done();
  return { ...config, auth: readAuthConfig(service, env), ...own };
}

/** The Kafka connection the command-line tools use: the same variables, validated like the services'. */
export function readKafkaConnection(env: NodeJS.ProcessEnv = process.env): {
  brokers: string[];
  topicPrefix: string;
  security?: KafkaSecurity;
} {
  const read = new EnvReader(env);
  const connection = {
    brokers: read.value(KAFKA_BROKERS),
    topicPrefix: read.value(KAFKA_TOPIC_PREFIX),
    security: readKafkaSecurity(read),
  };
  read.done();
  return connection;
}
