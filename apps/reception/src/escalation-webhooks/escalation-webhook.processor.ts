import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { Job } from 'bullmq';

import { WebhookMetrics } from '#platform';

import type { DeliveryKey } from './escalation-deliveries.repository.js';
import { ESCALATION_WEBHOOKS_QUEUE } from './escalation-webhook-queue.js';
import { DeliverEscalation } from './use-cases/deliver-escalation.js';

class UndeliverableError extends Error {}

/** Works the escalation webhook queue: each job is one try; after the last one the delivery is failed for good. */
@Processor(ESCALATION_WEBHOOKS_QUEUE)
export class EscalationWebhookProcessor extends WorkerHost {
  private readonly logger = new Logger(EscalationWebhookProcessor.name);

  constructor(
    @Inject(DeliverEscalation) private readonly deliver: DeliverEscalation,
    @Inject(WebhookMetrics) private readonly metrics: WebhookMetrics,
  ) {
    super();
  }

  async process(job: Job<DeliveryKey>): Promise<void> {
    const outcome = await this.deliver.execute(job.data);
    if (outcome === 'delivered') this.metrics.delivered('escalation');
    if (outcome === 'undeliverable') {
      this.metrics.failed('escalation', true);
      throw new UndeliverableError('undeliverable');
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<DeliveryKey> | undefined, error: Error): Promise<void> {
    if (!job || error instanceof UndeliverableError) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.metrics.failed('escalation', final);
    await this.deliver.recordFailure(job.data, error.message, final);
    if (final)
      this.logger.warn(
        `Escalation ${job.data.escalationId} (${job.data.kind}) not delivered: ${error.message}`,
      );
  }
}
