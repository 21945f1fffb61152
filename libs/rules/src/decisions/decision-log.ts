import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { DecisionRecord } from './decision-record.js';
import type { DecisionStore } from './decision-store.js';

const MAX_BUFFERED = 50000;

/**
 * Writes decision records. Records behind a state change (an escalation raised or resolved) are written in
 * that change's transaction; all other evaluations are buffered and written in batches in the background,
 * so recording never sits between an evaluation and its result.
 */
export class DecisionLog {
  private readonly logger = new Logger(DecisionLog.name);
  private buffer: DecisionRecord[] = [];
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;

  constructor(
    private readonly store: DecisionStore,
    private readonly flushIntervalMs = 250,
    /** Told of every evaluation recorded (metrics). */
    private readonly evaluated: (records: readonly DecisionRecord[]) => void = () => undefined,
  ) {}

  /** Durable with the caller's transaction. */
  recordWith(transaction: EntityManager, records: DecisionRecord[]): Promise<void> {
    this.evaluated(records);
    return this.store.insert(records, transaction);
  }

  /** Buffered; written within a flush interval. */
  record(records: DecisionRecord[]): void {
    this.evaluated(records);
    for (const record of records) this.buffer.push(record);
    if (this.buffer.length > MAX_BUFFERED) {
      const dropped = this.buffer.length - MAX_BUFFERED;
      this.buffer.splice(0, dropped);
      this.logger.warn(`Decision log buffer full: dropped the ${dropped} oldest unwritten records`);
    }
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.flushIntervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  flush(): Promise<void> {
    this.flushing ??= this.flushNow().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async flushNow(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.slice(0, 500);
      try {
        await this.store.insert(batch);
        this.buffer.splice(0, batch.length);
      } catch (error) {
        this.logger.warn(`Could not write ${batch.length} decision records yet: ${(error as Error).message}`);
        return;
      }
    }
  }
}
