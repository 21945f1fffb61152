import type { DynamicModule, Type } from '@nestjs/common';
import type { MixedList } from 'typeorm';

import { MessagingModule } from '#messaging';
import { type EntityOrMigrationClass, PersistenceModule } from '#persistence';

import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ServiceConfigModule } from '../config/config.module.js';
import type { ServiceConfig } from '../config/service-config.js';
import { ContractModule } from '../contract/contract.module.js';
import { DeadLettersModule } from '../dead-letters/dead-letters.module.js';
import { HealthModule } from '../health/health.module.js';
import { ServiceLoggingModule } from '../logging/logging.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { OutboxDeadLettersModule } from '../outbox/outbox-dead-letters.module.js';

/**
 * The modules every service imports: its configuration, logs, its schema, messaging, health, metrics, the
 * contract, the outbox's dead letters, the audit trail, and the access guard (every HTTP route needs a bearer
 * token from a configured issuer unless it is a @PublicRoute()).
 */
export function serviceInfrastructureImports(
  config: ServiceConfig,
  persistence: { entities: MixedList<EntityOrMigrationClass>; migrations: MixedList<EntityOrMigrationClass> },
): (DynamicModule | Type)[] {
  return [
    ServiceConfigModule.with(config),
    ServiceLoggingModule.forService(config),
    AuthModule.forService(config.serviceName, config.auth),
    PersistenceModule.forService({
      url: config.database.url,
      schema: config.database.schema,
      ...persistence,
    }),
    MessagingModule.forService({
      source: `/${config.serviceName}`,
      kafka: {
        brokers: config.kafka.brokers,
        clientId: config.kafka.clientId,
        topicPrefix: config.kafka.topicPrefix,
        security: config.kafka.security,
      },
      schema: config.database.schema,
      outbox: config.outbox,
      deadLetterGroupId: config.kafka.groupId,
    }),
    HealthModule,
    DeadLettersModule,
    MetricsModule.forService(config.serviceName),
    ContractModule,
    OutboxDeadLettersModule,
    AuditModule,
  ];
}
