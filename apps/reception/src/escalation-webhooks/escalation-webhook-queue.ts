import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';

import { SERVICE_CONFIG } from '#platform';

import type { ReceptionConfig } from '../reception.config.js';
import type { DeliveryKey } from './escalation-deliveries.repository.js';

export const ESCALATION_WEBHOOKS_QUEUE = 'escalation-webhooks';

/**
 * The BullMQ queue that delivers escalations to UDI's system, with the early warnings' attempts and exponential
 * backoff. The job id is the escalation and kind, so each is queued once however often it is handed over.
 */
@Injectable()
export class EscalationWebhookQueue {
  constructor(
    @InjectQueue(ESCALATION_WEBHOOKS_QUEUE) private readonly queue: Queue<DeliveryKey>,
    @Inject(SERVICE_CONFIG) private readonly config: ReceptionConfig,
  ) {}

  async add(key: DeliveryKey): Promise<void> {
    const { attempts, backoffMs } = this.config.earlyWarnings;
    await this.queue.add('deliver', key, {
      jobId: `${key.escalationId}-${key.kind}`,
      attempts,
      backoff: { type: 'exponential', delay: backoffMs },
      removeOnComplete: 1000,
      removeOnFail: 1000,
    });
  }
}
