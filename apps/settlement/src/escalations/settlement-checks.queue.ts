import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue, QueueEvents } from 'bullmq';

import { isCalendarDate, RejectedError, todayOf } from '#domain';
import { type AuditActor, SERVICE_CONFIG } from '#platform';
import { checkIsPreview } from '#rules';

import type { SettlementConfig } from '../settlement.config.js';
import { type CheckSummary, RunDailyChecks } from './use-cases/run-daily-checks.js';

export const SETTLEMENT_CHECKS_QUEUE = 'settlement-checks';
export const DAILY_CHECKS_SCHEDULER = 'daily-settlement-checks';
const DAILY_CHECKS_JOB = 'daily-checks';

export interface DailyChecksJob {
  /** The day to check for; the day the job runs when absent. A past day only previews. */
  asOf?: string;
  /** Who asked for the run (from the token); the schedule when absent. */
  requestedBy?: AuditActor;
}

/**
 * Runs the daily settlement checks as a BullMQ job. The schedule lives in Redis under one scheduler id, so it
 * survives restarts and several instances upserting it share one schedule; each run is one job, taken by
 * one worker.
 */
@Processor(SETTLEMENT_CHECKS_QUEUE, { concurrency: 1 })
export class SettlementChecksProcessor extends WorkerHost {
  private readonly logger = new Logger(SettlementChecksProcessor.name);

  constructor(
    @Inject(RunDailyChecks) private readonly dailyChecks: RunDailyChecks,
    @Inject(SERVICE_CONFIG) private readonly config: SettlementConfig,
  ) {
    super();
  }

  async process(job: Job<DailyChecksJob>): Promise<CheckSummary> {
    const asOf = job.data.asOf ?? todayOf();
    if (!isCalendarDate(asOf)) throw new RejectedError(`asOf must be a date, not "${asOf}"`, 'asOf');
    const preview = checkIsPreview(asOf, this.config.checksApplyFrom ?? todayOf());
    const summary = await this.dailyChecks.execute(
      asOf,
      {
        jobId: job.id ?? 'unknown',
        instanceId: this.config.instanceId,
        ...(job.data.requestedBy ? { requestedBy: job.data.requestedBy } : {}),
      },
      preview,
    );
    this.logger.log(
      `Daily checks for ${asOf}${preview ? ' (preview, nothing changed)' : ''}: ${summary.households} households, ${summary.raised} raised, ${summary.resolved} resolved`,
    );
    return summary;
  }
}

@Injectable()
export class SettlementChecksSchedule implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(SETTLEMENT_CHECKS_QUEUE) private readonly queue: Queue<DailyChecksJob>,
    @Inject(SERVICE_CONFIG) private readonly config: SettlementConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      DAILY_CHECKS_SCHEDULER,
      { pattern: this.config.settlementChecksCron, tz: 'Europe/Oslo' },
      { name: DAILY_CHECKS_JOB, data: {} },
    );
  }

  /** Runs the checks now (for a given day, or the day the job runs) and waits for the result. */
  async runNow(asOf: string | undefined, requestedBy: AuditActor): Promise<CheckSummary> {
    const events = new QueueEvents(this.queue.name, {
      connection: this.queue.opts.connection,
      prefix: this.queue.opts.prefix,
    });
    try {
      await events.waitUntilReady();
      const job = await this.queue.add(DAILY_CHECKS_JOB, {
        ...(asOf === undefined ? {} : { asOf }),
        requestedBy: { subject: requestedBy.subject, displayName: requestedBy.displayName },
      });
      return (await job.waitUntilFinished(events, 60000)) as CheckSummary;
    } finally {
      await events.close();
    }
  }
}
