import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { Job } from 'bullmq';

import { WebhookMetrics } from '#platform';

import { type DeliveryJob, EARLY_WARNINGS_QUEUE } from './early-warning-queue.js';
import { DeliverEarlyWarning } from './use-cases/deliver-early-warning.js';
import { RecordFailedDelivery } from './use-cases/record-failed-delivery.js';

/** A delivery that can never succeed by trying again (already recorded as failed). */
class UndeliverableError extends Error {}

/**
 * Works the delivery queue: each job is one try to deliver a warning; a failed try is recorded on the warning,
 * and after the last one the warning is failed for good.
 */
@Processor(EARLY_WARNINGS_QUEUE)
export class EarlyWarningDeliveryProcessor extends WorkerHost {
  private readonly logger = new Logger(EarlyWarningDeliveryProcessor.name);

  constructor(
    @Inject(DeliverEarlyWarning) private readonly deliver: DeliverEarlyWarning,
    @Inject(RecordFailedDelivery) private readonly recordFailure: RecordFailedDelivery,
    @Inject(WebhookMetrics) private readonly metrics: WebhookMetrics,
  ) {
    super();
  }

  async process(job: Job<DeliveryJob>): Promise<void> {
    const outcome = await this.deliver.execute(job.data.warningId);
    if (outcome === 'delivered') this.metrics.delivered('early-warning');
    if (outcome === 'undeliverable') {
      this.metrics.failed('early-warning', true);
      throw new UndeliverableError('undeliverable');
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<DeliveryJob> | undefined, error: Error): Promise<void> {
    if (!job || error instanceof UndeliverableError) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.metrics.failed('early-warning', final);
    await this.recordFailure.execute(job.data.warningId, error.message, final);
    if (final)
      this.logger.warn(`Early warning ${job.data.warningId} could not be delivered: ${error.message}`);
  }
}
