import { Inject, Injectable } from '@nestjs/common';

import { Transactions } from '#persistence';

import { EarlyWarningsRepository } from '../early-warnings.repository.js';

/** Records a failed try to deliver a warning; after the last try the warning is failed for good. */
@Injectable()
export class RecordFailedDelivery {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository,
  ) {}

  async execute(warningId: string, error: string, final: boolean): Promise<void> {
    await this.transactions.run((transaction) =>
      this.warnings.recordAttempt(transaction, warningId, { delivered: false, error, final }),
    );
  }
}
