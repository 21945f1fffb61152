import { Inject, Injectable } from '@nestjs/common';

import { Transactions } from '#persistence';

import { type EarlyWarningRecord, EarlyWarningsRepository } from '../early-warnings.repository.js';

/** Early warnings with their delivery status, newest first, of the host municipalities given, or of all. */
@Injectable()
export class ListEarlyWarnings {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository,
  ) {}

  execute(municipalityNumbers?: readonly string[]): Promise<EarlyWarningRecord[]> {
    return this.transactions.run((transaction) => this.warnings.list(transaction, municipalityNumbers));
  }
}
