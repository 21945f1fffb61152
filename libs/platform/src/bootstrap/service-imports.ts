import type { DynamicModule, Type } from '@nestjs/common';
import type { MixedList } from 'typeorm';

import { MessagingModule } from '#messaging';
import { type EntityOrMigrationClass, PersistenceModule } from '#persistence';

import { AuditModule } from '../audit/audit.module.js';
import { ServiceConfigModule } from '../config/config.module.js';
import type { ServiceConfig } from '../config/service-config.js';
import { ContractModule } from '../contract/contract.module.js';
import { HealthModule } from '../health/health.module.js';
import { ServiceLoggingModule } from '../logging/logging.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';

/** The modules every service imports: its configuration, logs, its schema, messaging, health, metrics and the audit trail. */
export function serviceInfrastructureImports(
  config: ServiceConfig,
  persistence: { entities: MixedList<EntityOrMigrationClass>; migrations: MixedList<EntityOrMigrationClass> },
): (DynamicModule | Type)[] {
  return [
    ServiceConfigModule.with(config),
    ServiceLoggingModule.forService(config),
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
    }),
    HealthModule,
    MetricsModule.forService(config.serviceName),
    ContractModule,
    AuditModule,
  ];
}
