import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Where a use case that starts work of its own (an HTTP command, a scheduled check) opens its transactions;
 * event handlers get theirs from the consumer. The transaction is passed down to every repository call, so
 * one unit of work commits or rolls back whole. Unit tests give use cases a stand-in that runs the work at once.
 */
@Injectable()
export class Transactions {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  run<T>(work: (transaction: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Runs the work in a transaction that is always rolled back, and answers what it found: a preview (what a check
   * for a past day would raise or resolve) that sees its own writes and leaves nothing behind.
   */
  async rolledBack<T>(work: (transaction: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      try {
        return await work(runner.manager);
      } finally {
        await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
  }
}
