import { BullModule } from '@nestjs/bullmq';
import type { DynamicModule } from '@nestjs/common';

import { redisConnectionOptions } from '../config/redis-connection.js';
import type { ServiceConfig } from '../config/service-config.js';

/** The service's BullMQ connection; queues live under the topic prefix, so isolated environments do not meet. */
export function queueRoot(config: ServiceConfig): DynamicModule {
  return BullModule.forRoot({
    connection: redisConnectionOptions(config.redis.url),
    prefix: `${config.kafka.topicPrefix}bull`,
  });
}
