import { type DynamicModule, Module } from '@nestjs/common';

import type { ServiceConfig } from './service-config.js';
import { SERVICE_CONFIG } from './service-config.token.js';

/** Makes the service's configuration, validated once at start-up, injectable everywhere. */
@Module({})
export class ServiceConfigModule {
  static with<T extends ServiceConfig>(config: T): DynamicModule {
    return {
      module: ServiceConfigModule,
      global: true,
      providers: [{ provide: SERVICE_CONFIG, useValue: config }],
      exports: [SERVICE_CONFIG],
    };
  }
}
