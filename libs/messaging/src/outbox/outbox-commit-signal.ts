import type {
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

const OUTBOX_WRITTEN = 'outboxWritten';

/**
 * Notes on the transaction's query runner that it wrote to the outbox. Answers false when the caller is not in
 * a transaction (the row is committed already, so the relay may be woken at once).
 */
export function markOutboxWritten(transaction: EntityManager): boolean {
  const runner = transaction.queryRunner;
  if (!runner?.isTransactionActive) return false;
  (runner.data as Record<string, unknown>)[OUTBOX_WRITTEN] = true;
  return true;
}

/**
 * Wakes the outbox relay when, and only when, a transaction that wrote to the outbox has committed, so the relay
 * neither polls after every commit nor looks before the rows are visible. Registered as a TypeORM subscriber.
 */
export class OutboxCommitSignal implements EntitySubscriberInterface {
  constructor(private readonly onCommitted: () => void) {}

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown>;
    if (event.queryRunner.isTransactionActive || !data[OUTBOX_WRITTEN]) return; // a savepoint, or no outbox row
    delete data[OUTBOX_WRITTEN];
    this.onCommitted();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive)
      delete (event.queryRunner.data as Record<string, unknown>)[OUTBOX_WRITTEN];
  }
}
