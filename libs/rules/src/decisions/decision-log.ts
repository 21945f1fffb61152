import type { EntityManager } from 'typeorm';

import type { DecisionRecord } from './decision-record.js';
import type { DecisionStore } from './decision-store.js';

const ROWS_PER_STATEMENT = 500;

/**
 * Writes decision records, never keeping them in memory: with the transaction of the evaluations they record
 * (escalations, a batch of events), or at once for evaluations outside one (a distribution), in statements of
 * many rows each.
 */
export class DecisionLog {
  constructor(
    private readonly store: DecisionStore,
    /** Told of every evaluation recorded (metrics). */
    private readonly evaluated: (records: readonly DecisionRecord[]) => void = () => undefined,
  ) {}

  /** Durable with the caller's transaction. */
  async recordWith(transaction: EntityManager, records: DecisionRecord[]): Promise<void> {
    for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT)
      await this.store.insert(records.slice(start, start + ROWS_PER_STATEMENT), transaction);
    this.evaluated(records);
  }

  /** Written before this resolves, in its own statements. */
  async recordNow(records: DecisionRecord[]): Promise<void> {
    for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT)
      await this.store.insert(records.slice(start, start + ROWS_PER_STATEMENT));
    this.evaluated(records);
  }
}
