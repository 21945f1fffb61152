import { Redis } from 'ioredis';

import { allTopicDefinitions } from '#contracts';
import { createKafka, ensureTopics, type KafkaSecurity } from '#messaging';
import { ensureDatabase } from '#persistence';
import {
  AUTH_ISSUERS,
  DATABASE_URL,
  DEFAULT_KAFKA_BROKERS,
  EnvReader,
  KAFKA_BROKERS,
  KAFKA_TOPIC_PREFIX,
  LOCAL_KEYCLOAK,
  readKafkaSecurity,
  REDIS_URL,
} from '#platform';

import { brokerAnswers, DEFAULT_BROKER_OPTIONS, startLocalBroker } from './kafka-broker.js';
import { KAFKA_LOCAL_VERSION } from './kafka-version.js';
import { startLocalKeycloak } from './keycloak-server.js';
import { waitUntil } from './wait-until.js';

export interface InfrastructureSettings {
  kafkaBrokers?: string[];
  /** TLS and SASL of a cluster given in KAFKA_BROKERS (a managed one), as the services use them. */
  kafkaSecurity?: KafkaSecurity;
  /** The release of the local broker started when no KAFKA_BROKERS is given. */
  kafkaLocalVersion: string;
  databaseUrl: string;
  redisUrl: string;
  topicPrefix: string;
  /** Production-like issuers are configured (AUTH_ISSUERS): no local Keycloak is needed. */
  authIssuersConfigured: boolean;
}

/** Without KAFKA_BROKERS, the project's own local broker is started. */
export function infrastructureSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): InfrastructureSettings {
  const read = new EnvReader(env);
  const settings = {
    kafkaBrokers: read.optional(KAFKA_BROKERS),
    kafkaSecurity: readKafkaSecurity(read),
    kafkaLocalVersion: read.value(KAFKA_LOCAL_VERSION),
    databaseUrl: read.value(DATABASE_URL),
    redisUrl: read.value(REDIS_URL),
    topicPrefix: read.value(KAFKA_TOPIC_PREFIX),
    authIssuersConfigured: read.optional(AUTH_ISSUERS) !== undefined,
  };
  read.done();
  return settings;
}

async function step<T>(label: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await action();
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

/**
 * Brings up what the services need: a Kafka broker (the configured one, or the project's own local broker),
 * the PostgreSQL database, a reachable Redis, every topic with its dead-letter topic, and, unless AUTH_ISSUERS
 * names the identity providers, the local Keycloak (started beside the rest, as it takes longest).
 */
export async function bringUpInfrastructure(settings: InfrastructureSettings): Promise<void> {
  const identityProvider = settings.authIssuersConfigured
    ? Promise.resolve()
    : step(`Keycloak at ${LOCAL_KEYCLOAK.issuer}`, startLocalKeycloak);
  // Awaited below; the catch only keeps a failure from being reported as unhandled while the rest comes up.
  identityProvider.catch(() => undefined);
  await bringUpMessagingAndStorage(settings);
  await identityProvider;
}

async function bringUpMessagingAndStorage(settings: InfrastructureSettings): Promise<void> {
  const brokers = settings.kafkaBrokers ?? DEFAULT_KAFKA_BROKERS.split(',');
  await step(`Kafka at ${brokers.join(',')}`, async () => {
    if (settings.kafkaBrokers) {
      await waitUntil(
        `Kafka at ${brokers.join(',')} (KAFKA_BROKERS)`,
        () => brokerAnswers(brokers, settings.kafkaSecurity),
        {
          timeoutMs: 60000,
          intervalMs: 500,
        },
      );
    } else {
      const outcome = await startLocalBroker({
        ...DEFAULT_BROKER_OPTIONS,
        version: settings.kafkaLocalVersion,
      });
      if (outcome === 'already-running')
        console.log('  a broker already answers there: used as it is, whichever Kafka release it runs');
    }
  });
  await step('PostgreSQL database', async () => {
    const created = await ensureDatabase(settings.databaseUrl);
    if (created) console.log(`  created database ${new URL(settings.databaseUrl).pathname.slice(1)}`);
  });
  await step('Redis', async () => {
    const redis = new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      await redis.ping();
    } finally {
      redis.disconnect();
    }
  });
  await step('Kafka topics', async () => {
    const created = await ensureTopics(
      createKafka({ brokers, clientId: 'infra', security: settings.kafkaSecurity }),
      settings,
      allTopicDefinitions(),
    );
    if (created.length > 0) console.log(`  created ${created.join(', ')}`);
  });
}
