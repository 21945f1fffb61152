import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue, QueueEvents } from 'bullmq';
import { SERVICE_CONFIG, type ServiceConfig } from '#platform';
import type { SettlementConfig } from '../settlement.config.js';
import { EscalationFactsRepository } from './escalation-facts.repository.js';
import { SettlementEscalations, type CheckSummary } from './settlement-escalations.js';

export const SETTLEMENT_CHECKS_QUEUE = 'settlement-checks';
export const DAILY_CHECKS_SCHEDULER = 'daily-settlement-checks';
const DAILY_CHECKS_JOB = 'daily-checks';

export interface DailyChecksJob {
  /** The day to check for; the day the job runs when absent. */
  asOf?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Runs the daily settlement checks as a BullMQ job. The schedule lives in Redis under one scheduler id, so it
 * survives restarts and several instances upserting it share one schedule; each run is one job, taken by
 * one worker.
 */
@Processor(SETTLEMENT_CHECKS_QUEUE, { concurrency: 1 })
export class SettlementChecksProcessor extends WorkerHost {
  private readonly logger = new Logger(SettlementChecksProcessor.name);

  constructor(
    @Inject(SettlementEscalations) private readonly escalations: SettlementEscalations,
    @Inject(EscalationFactsRepository) private readonly facts: EscalationFactsRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {
    super();
  }

  async process(job: Job<DailyChecksJob>): Promise<CheckSummary> {
    const asOf = job.data.asOf ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`asOf must be a date, not "${asOf}"`);
    const summary = await this.escalations.daily(asOf);
    await this.facts.recordRun(job.id ?? 'unknown', this.config.instanceId, asOf, summary);
    this.logger.log(
      `Daily checks for ${asOf}: ${summary.households} households, ${summary.raised} raised, ${summary.resolved} resolved`,
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

  /** Runs the checks now (for a given day) and waits for the result. */
  async runNow(asOf: string): Promise<CheckSummary> {
    const events = new QueueEvents(this.queue.name, {
      connection: this.queue.opts.connection,
      prefix: this.queue.opts.prefix,
    });
    try {
      await events.waitUntilReady();
      const job = await this.queue.add(DAILY_CHECKS_JOB, { asOf });
      return (await job.waitUntilFinished(events, 60000)) as CheckSummary;
    } finally {
      await events.close();
    }
  }
}
