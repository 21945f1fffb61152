import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { DEAD_LETTER_RETENTION_MS } from '#contracts';

export interface HousekeepingSettings {
  /** Sent outbox rows older than this are deleted (they are on Kafka). */
  outboxRetentionDays: number;
  /** Processed-event ids older than this are forgotten; keep it longer than Kafka's retention (7 days). */
  processedEventRetentionDays: number;
  /** Outbox rows the broker refused are kept as long as dead-letter topics keep theirs. */
  outboxDeadLetterRetentionDays: number;
  intervalMs: number;
}

export const DEFAULT_HOUSEKEEPING: HousekeepingSettings = {
  outboxRetentionDays: 7,
  processedEventRetentionDays: 30,
  outboxDeadLetterRetentionDays: DEAD_LETTER_RETENTION_MS / (24 * 60 * 60 * 1000),
  intervalMs: 60 * 60 * 1000,
};

/** Keeps the outbox, its dead letters and the processed-event log from growing without end. */
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

  async run(): Promise<{ outbox: number; processedEvents: number; outboxDeadLetters: number }> {
    const [, outbox] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(days => $1)`,
      [this.settings.outboxRetentionDays],
    );
    const [, processedEvents] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM processed_events WHERE processed_at < now() - make_interval(days => $1)`,
      [this.settings.processedEventRetentionDays],
    );
    const [, outboxDeadLetters] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM outbox_dead_letters WHERE dead_lettered_at < now() - make_interval(days => $1)`,
      [this.settings.outboxDeadLetterRetentionDays],
    );
    return { outbox, processedEvents, outboxDeadLetters };
  }
}
