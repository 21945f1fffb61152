import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';

import { SERVICE_CONFIG } from '#platform';

import type { ReceptionConfig } from '../reception.config.js';

export const EARLY_WARNINGS_QUEUE = 'early-warnings';

export interface DeliveryJob {
  warningId: string;
}

/**
 * The BullMQ queue that delivers early warnings, tried again with exponential backoff. The job id is the
 * warning id, so a warning is queued once however often it is handed over.
 */
@Injectable()
export class EarlyWarningQueue {
  constructor(
    @InjectQueue(EARLY_WARNINGS_QUEUE) private readonly queue: Queue<DeliveryJob>,
    @Inject(SERVICE_CONFIG) private readonly config: ReceptionConfig,
  ) {}

  async add(warningId: string): Promise<void> {
    const { attempts, backoffMs } = this.config.earlyWarnings;
    await this.queue.add(
      'deliver',
      { warningId },
      {
        jobId: warningId,
        attempts,
        backoff: { type: 'exponential', delay: backoffMs },
        removeOnComplete: 1000,
        removeOnFail: 1000,
      },
    );
  }
}
