import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { allTopicDefinitions } from '#contracts';
import { createKafka, deleteTopicsWithPrefix, ensureTopics, type KafkaSettings } from '#messaging';
import { DEFAULT_KAFKA_BROKERS, DEFAULT_REDIS_URL } from '#platform';
import { testDatabaseUrl } from '../../infra/test-database.js';

/**
 * A private corner of the shared infrastructure for one test file: its own topic prefix (so its own topics
 * and consumer groups) and its own database schema. Removed again by dispose().
 */
export class IsolatedEnvironment {
  readonly id = randomBytes(4).toString('hex');
  readonly topicPrefix: string;
  readonly schema: string;
  readonly kafka: KafkaSettings;
  readonly databaseUrl = testDatabaseUrl();
  private readonly pool: pg.Pool;

  constructor(name: string) {
    this.topicPrefix = `e2e-${name}-${this.id}.`;
    this.schema = `e2e_${name.replace(/-/g, '_')}_${this.id}`;
    this.kafka = {
      brokers: (process.env.KAFKA_BROKERS ?? DEFAULT_KAFKA_BROKERS).split(','),
      clientId: `e2e-${name}`,
      topicPrefix: this.topicPrefix,
    };
    this.pool = new pg.Pool({ connectionString: this.databaseUrl, max: 2 });
  }

  /** Environment variables that point a service at this environment. */
  serviceEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      KAFKA_BROKERS: this.kafka.brokers.join(','),
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      DATABASE_URL: this.databaseUrl,
      DATABASE_SCHEMA: this.schema,
      HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_INTERVAL_MS: '50',
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      ...extra,
    };
  }

  async createTopics(): Promise<void> {
    await ensureTopics(createKafka(this.kafka), this.kafka, allTopicDefinitions());
  }

  /** Runs a query in this environment's schema. */
  async query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    const client = await this.pool.connect();
    try {
      await client.query(`SET search_path TO "${this.schema}"`);
      return (await client.query(sql, parameters)).rows as T[];
    } finally {
      client.release();
    }
  }

  async dispose(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
    await this.pool.end();
    await deleteTopicsWithPrefix(createKafka(this.kafka, { quiet: true }), this.topicPrefix);
    await this.deleteQueues();
  }

  /** BullMQ keys of this environment (its queues live under the topic prefix). */
  private async deleteQueues(): Promise<void> {
    const redis = new Redis(process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.topicPrefix}bull:*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}
