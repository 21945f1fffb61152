import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { SERVICE_CONFIG } from '#platform';
import type { ReceptionConfig } from '../reception.config.js';
import { EarlyWarningsRepository } from './early-warnings.repository.js';

export const EARLY_WARNINGS_QUEUE = 'early-warnings';
const DELIVERY_TIMEOUT_MS = 5000;

interface DeliveryJob {
  warningId: string;
}

/** A delivery that can never succeed by trying again. */
class UndeliverableError extends Error {}

/**
 * Delivers each early warning to its host municipality's webhook as a BullMQ job, retried with exponential
 * backoff; the outcome of every try is recorded on the warning (delivered, or failed with the last error).
 */
@Processor(EARLY_WARNINGS_QUEUE)
export class EarlyWarningDelivery extends WorkerHost {
  private readonly logger = new Logger(EarlyWarningDelivery.name);

  constructor(@Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository) {
    super();
  }

  async process(job: Job<DeliveryJob>): Promise<void> {
    const warning = await this.warnings.get(job.data.warningId);
    if (!warning || warning.status !== 'pending') return;
    const url = await this.warnings.webhookOf(warning.municipalityNumber);
    if (!url) {
      await this.warnings.recordAttempt(warning.warningId, {
        delivered: false,
        error: `no webhook is configured for municipality ${warning.municipalityNumber}`,
        final: true,
      });
      throw new UndeliverableError('no webhook');
    }
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-early-warning-id': warning.warningId },
      body: JSON.stringify({
        warningId: warning.warningId,
        municipalityNumber: warning.municipalityNumber,
        message: warning.message,
        rule: warning.rule,
        facts: warning.facts,
        ruleSet: warning.ruleSet,
        issuedAt: warning.issuedAt,
      }),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    }).catch((error: Error) => {
      throw new Error(`webhook unreachable: ${error.message}`);
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    await this.warnings.recordAttempt(warning.warningId, { delivered: true });
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<DeliveryJob> | undefined, error: Error): Promise<void> {
    if (!job || error instanceof UndeliverableError) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    await this.warnings.recordAttempt(job.data.warningId, { delivered: false, error: error.message, final });
    if (final)
      this.logger.warn(`Early warning ${job.data.warningId} could not be delivered: ${error.message}`);
  }
}

/**
 * Hands pending warnings to the delivery queue. The job id is the warning id, so a warning is queued once
 * however often it is seen; a warning written just before a crash is queued after the restart.
 */
@Injectable()
export class EarlyWarningDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectQueue(EARLY_WARNINGS_QUEUE) private readonly queue: Queue<DeliveryJob>,
    @Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ReceptionConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.dispatch().catch(() => undefined),
      this.config.earlyWarnings.pollIntervalMs,
    );
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async dispatch(): Promise<void> {
    const { attempts, backoffMs } = this.config.earlyWarnings;
    for (const warningId of await this.warnings.pendingIds()) {
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
}
