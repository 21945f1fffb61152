import { Inject, Injectable } from '@nestjs/common';

import { Transactions } from '#persistence';

import { WebhooksRepository } from '../webhooks.repository.js';

export interface Webhook {
  municipalityNumber: string;
  url: string;
}

/** Says where a host municipality's early warnings are delivered from now on. */
@Injectable()
export class SetWebhook {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository,
  ) {}

  async execute(municipalityNumber: string, url: string, updatedBy: string): Promise<Webhook> {
    await this.transactions.run((transaction) =>
      this.webhooks.set(transaction, municipalityNumber, url, updatedBy),
    );
    return { municipalityNumber, url };
  }
}
