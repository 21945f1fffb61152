import type { EntityManager, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

import { markOutboxWritten, OutboxCommitSignal } from './outbox-commit-signal.js';

/** A query runner with a transaction open. */
function runnerInTransaction(): QueryRunner {
  return { isTransactionActive: true, data: {} } as QueryRunner;
}

describe('OutboxCommitSignal', () => {
  let woken: number;
  let signal: OutboxCommitSignal;

  beforeEach(() => {
    woken = 0;
    signal = new OutboxCommitSignal(() => (woken += 1));
  });

  const commit = (runner: QueryRunner, stillActive = false) => {
    Object.assign(runner, { isTransactionActive: stillActive });
    signal.afterTransactionCommit({ queryRunner: runner } as TransactionCommitEvent);
  };

  it('wakes the relay once when a transaction that wrote to the outbox commits', () => {
    const runner = runnerInTransaction();
    expect(markOutboxWritten({ queryRunner: runner } as EntityManager)).toBe(true);
    expect(woken).toBe(0);
    commit(runner);
    expect(woken).toBe(1);
    commit(runner);
    expect(woken).toBe(1);
  });

  it('does not wake it for a transaction without outbox rows, a savepoint, or one rolled back', () => {
    commit(runnerInTransaction());
    const withSavepoint = runnerInTransaction();
    markOutboxWritten({ queryRunner: withSavepoint } as EntityManager);
    commit(withSavepoint, true);
    expect(woken).toBe(0);

    const rolledBack = runnerInTransaction();
    markOutboxWritten({ queryRunner: rolledBack } as EntityManager);
    Object.assign(rolledBack, { isTransactionActive: false });
    signal.afterTransactionRollback({ queryRunner: rolledBack } as TransactionRollbackEvent);
    commit(rolledBack);
    expect(woken).toBe(0);
  });

  it('answers that a write outside a transaction is committed already (the caller wakes the relay itself)', () => {
    expect(markOutboxWritten({} as EntityManager)).toBe(false);
    expect(
      markOutboxWritten({ queryRunner: { isTransactionActive: false, data: {} } } as EntityManager),
    ).toBe(false);
  });
});
