import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

export interface HousekeepingSettings {
  /** Sent outbox rows older than this are deleted (they are on Kafka). */
  outboxRetentionDays: number;
  /** Processed-event ids older than this are forgotten; keep it longer than Kafka's retention (7 days). */
  processedEventRetentionDays: number;
  intervalMs: number;
}

export const DEFAULT_HOUSEKEEPING: HousekeepingSettings = {
  outboxRetentionDays: 7,
  processedEventRetentionDays: 30,
  intervalMs: 60 * 60 * 1000,
};

/** Keeps the outbox and the processed-event log from growing without end. */
export class MessagingHousekeeping {
  private readonly logger = new Logger(MessagingHousekeeping.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: HousekeepingSettings = DEFAULT_HOUSEKEEPING,
  ) {}

  start(): void {
    this.timer = setInterval(
      () => void this.run().catch((error: Error) => this.logger.warn(error.message)),
      this.settings.intervalMs,
    );
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<{ outbox: number; processedEvents: number }> {
    const [, outbox] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(days => $1)`,
      [this.settings.outboxRetentionDays],
    );
    const [, processedEvents] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM processed_events WHERE processed_at < now() - make_interval(days => $1)`,
      [this.settings.processedEventRetentionDays],
    );
    return { outbox, processedEvents };
  }
}
