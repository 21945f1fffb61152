import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
} from '@nestjs/common';

import type { ServiceConfig } from '../config/service-config.js';
import { SERVICE_CONFIG } from '../config/service-config.token.js';

/** Says in the log when and why the service stops, and when it has stopped. */
@Injectable()
export class ShutdownLog implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger: Logger;

  constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig) {
    this.logger = new Logger(config.serviceName);
  }

  beforeApplicationShutdown(signal?: string): void {
    this.logger.log(
      `Shutting down${signal ? ` on ${signal}` : ''}: finishing the events in hand, then closing connections`,
    );
  }

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`Stopped${signal ? ` (${signal})` : ''}`);
  }
}
