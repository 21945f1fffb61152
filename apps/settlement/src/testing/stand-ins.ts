import type { EntityManager } from 'typeorm';

import type { AuditActor, AuditEntry } from '#platform';
import type { EventPublisher } from '#rules';

/** The transaction unit tests hand to use cases; in-memory repositories never look at it. */
export const TRANSACTION = {} as EntityManager;

/** Transactions that run the work at once, counting how many were opened. */
export class ImmediateTransactions {
  opened = 0;

  run<T>(work: (transaction: EntityManager) => Promise<T>): Promise<T> {
    this.opened += 1;
    return work(TRANSACTION);
  }
}

/** The outbox: what a use case published, in order. */
export class RecordedEvents implements EventPublisher {
  readonly published: { type: string; data: object }[] = [];

  publish(_transaction: EntityManager, type: string, data: object): Promise<void> {
    this.published.push({ type, data });
    return Promise.resolve();
  }
}

/** A caseworker as the token names one, for use cases that audit who acted. */
export const CASEWORKER: AuditActor = { subject: 'cw-17', displayName: 'Caseworker 17' };

/** The audit trail: each entry a use case recorded, and whether it was with the transaction. */
export class RecordedAudit {
  readonly entries: (AuditEntry & { withTransaction: boolean })[] = [];

  record(entry: AuditEntry, transaction?: EntityManager): Promise<void> {
    this.entries.push({ ...entry, withTransaction: transaction === TRANSACTION });
    return Promise.resolve();
  }
}
