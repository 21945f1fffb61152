import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { SERVICE_CONFIG } from '#platform';

import type { ReceptionConfig } from '../reception.config.js';
import { QueuePendingWarnings } from './use-cases/queue-pending-warnings.js';

/** Every poll interval, hands the pending early warnings to the delivery queue. */
@Injectable()
export class EarlyWarningDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(QueuePendingWarnings) private readonly queuePending: QueuePendingWarnings,
    @Inject(SERVICE_CONFIG) private readonly config: ReceptionConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.queuePending.execute().catch(() => undefined),
      this.config.earlyWarnings.pollIntervalMs,
    );
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
