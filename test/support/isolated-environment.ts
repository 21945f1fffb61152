import { randomBytes } from 'node:crypto';

import { Redis } from 'ioredis';
import pg from 'pg';

import { allTopicDefinitions } from '#contracts';
import { createKafka, deleteTopicsWithPrefix, ensureTopics, type KafkaSettings } from '#messaging';
import { DEFAULT_KAFKA_BROKERS, DEFAULT_REDIS_URL } from '#platform';

import { testDatabaseUrl } from '../../infra/test-database.js';

/**
 * A private corner of the shared infrastructure for one test file: its own topic prefix (so its own topics,
 * consumer groups and job queues) and its own database schemas, one per service. Removed again by dispose().
 */
export class IsolatedEnvironment {
  readonly id = randomBytes(4).toString('hex');
  readonly topicPrefix: string;
  readonly kafka: KafkaSettings;
  readonly databaseUrl = testDatabaseUrl();
  private readonly schemaPrefix: string;
  private readonly pool: pg.Pool;

  constructor(name: string) {
    this.topicPrefix = `e2e-${name}-${this.id}.`;
    this.schemaPrefix = `e2e_${name.replace(/-/g, '_')}_${this.id}_`;
    this.kafka = {
      brokers: (process.env.KAFKA_BROKERS ?? DEFAULT_KAFKA_BROKERS).split(','),
      clientId: `e2e-${name}`,
      topicPrefix: this.topicPrefix,
    };
    this.pool = new pg.Pool({ connectionString: this.databaseUrl, max: 3 });
  }

  /** The database schema of a service in this environment. */
  schemaOf(service: string): string {
    return `${this.schemaPrefix}${service.replace(/-/g, '_')}`;
  }

  /** Environment variables that point a service at this environment. */
  serviceEnv(service: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      KAFKA_BROKERS: this.kafka.brokers.join(','),
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      DATABASE_URL: this.databaseUrl,
      DATABASE_SCHEMA: this.schemaOf(service),
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

  /** Runs a query, in the given schema when there is one (otherwise name the schemas in the SQL). */
  async query<T>(sql: string, parameters: unknown[] = [], schema?: string): Promise<T[]> {
    const client = await this.pool.connect();
    try {
      await client.query(schema ? `SET search_path TO "${schema}"` : 'RESET search_path');
      return (await client.query(sql, parameters)).rows as T[];
    } finally {
      client.release();
    }
  }

  async dispose(): Promise<void> {
    const schemas = await this.query<{ name: string }>(
      'SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)',
      [this.schemaPrefix],
    );
    for (const { name } of schemas) await this.pool.query(`DROP SCHEMA "${name}" CASCADE`);
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
