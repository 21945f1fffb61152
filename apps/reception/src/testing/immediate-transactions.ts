import type { EntityManager } from 'typeorm';
import type { Transactions } from '#persistence';
import { TRANSACTION } from './transaction.js';

/** Stands in for Transactions: runs the work at once, with the stand-in transaction. */
export const immediateTransactions: Pick<Transactions, 'run'> = {
  run: <T>(work: (transaction: EntityManager) => Promise<T>) => work(TRANSACTION),
};
