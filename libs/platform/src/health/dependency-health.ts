import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import type { Admin } from 'kafkajs';
import { DataSource } from 'typeorm';

import { MessagingRuntime } from '#messaging';

import type { ServiceConfig } from '../config/service-config.js';
import { SERVICE_CONFIG } from '../config/service-config.token.js';
import { ConsumerMembership } from './consumer-membership.js';

const PROBE_TIMEOUT_MS = 2000;

/** Probes the three pieces of infrastructure each service depends on, and its consumer's group membership. */
@Injectable()
export class DependencyHealth implements OnApplicationShutdown {
  private readonly redisClient: Redis;
  private admin?: Admin;

  constructor(
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MessagingRuntime) private readonly messaging: MessagingRuntime,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(ConsumerMembership) private readonly membership: ConsumerMembership,
  ) {
    this.redisClient = new Redis(config.redis.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
  }

  kafka(key: string): Promise<HealthIndicatorResult> {
    return this.probe(key, async () => {
      this.admin ??= this.messaging.kafka.admin();
      await this.admin.connect();
      const cluster = await this.admin.describeCluster();
      return { brokers: cluster.brokers.length };
    });
  }

  database(key: string): Promise<HealthIndicatorResult> {
    return this.probe(key, async () => {
      await this.dataSource.query('SELECT 1');
      return {};
    });
  }

  redis(key: string): Promise<HealthIndicatorResult> {
    return this.probe(key, async () => {
      if (this.redisClient.status === 'wait' || this.redisClient.status === 'end')
        await this.redisClient.connect();
      await this.redisClient.ping();
      return {};
    });
  }

  consumer(key: string): Promise<HealthIndicatorResult> {
    return this.probe(key, () => {
      if (!this.membership.joined) throw new Error(`the consumer ${this.membership.description}`);
      return Promise.resolve({});
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.redisClient.disconnect();
    await this.admin?.disconnect();
  }

  private async probe(
    key: string,
    check: () => Promise<Record<string, unknown>>,
  ): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
          PROBE_TIMEOUT_MS,
        );
      });
      return indicator.up(await Promise.race([check(), timeout]));
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }
}
