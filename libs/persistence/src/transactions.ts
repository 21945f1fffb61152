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
}
