import { type DynamicModule, Module } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

import { ConsumerMetrics } from './consumer-metrics.js';
import { HttpMetrics } from './http-metrics.js';
import { MetricsController } from './metrics.controller.js';
import { OutboxMetrics } from './outbox-metrics.js';
import { WebhookMetrics } from './webhook-metrics.js';

/**
 * Prometheus metrics for one service instance, at `GET /metrics` (operators). Each application has its own
 * registry (several can run in one process, as in the tests), labelled with the service's name; libraries
 * add their metrics to it by injecting `Registry`.
 */
@Module({})
export class MetricsModule {
  static forService(serviceName: string): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [
        {
          provide: Registry,
          useFactory: () => {
            const registry = new Registry();
            registry.setDefaultLabels({ service: serviceName });
            collectDefaultMetrics({ register: registry });
            return registry;
          },
        },
        ConsumerMetrics,
        OutboxMetrics,
        HttpMetrics,
        WebhookMetrics,
      ],
      exports: [Registry, ConsumerMetrics, HttpMetrics, WebhookMetrics],
    };
  }
}
