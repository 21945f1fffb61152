import { Inject, Injectable } from '@nestjs/common';

import { Transactions } from '#persistence';

import { EarlyWarningQueue } from '../early-warning-queue.js';
import { EarlyWarningsRepository } from '../early-warnings.repository.js';

/** Hands the warnings still pending to the delivery queue; one written just before a crash is queued after it. */
@Injectable()
export class QueuePendingWarnings {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository,
    @Inject(EarlyWarningQueue) private readonly queue: Pick<EarlyWarningQueue, 'add'>,
  ) {}

  async execute(): Promise<void> {
    const pending = await this.transactions.run((transaction) => this.warnings.pendingIds(transaction));
    for (const warningId of pending) await this.queue.add(warningId);
  }
}
