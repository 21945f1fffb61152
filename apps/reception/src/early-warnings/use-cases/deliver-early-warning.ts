import { Inject, Injectable } from '@nestjs/common';

import { Transactions } from '#persistence';

import { type DeliveryAttempt, EarlyWarningsRepository } from '../early-warnings.repository.js';
import { WebhookClient } from '../webhook.client.js';
import { WebhooksRepository } from '../webhooks.repository.js';

/** `undeliverable`: no try can succeed, and the warning has been recorded as failed. */
export type DeliveryOutcome = 'delivered' | 'not-pending' | 'undeliverable';

/**
 * One try to deliver a pending early warning to its host municipality's webhook; a delivery is recorded.
 * A failed post throws, so that the queue tries again later.
 */
@Injectable()
export class DeliverEarlyWarning {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository,
    @Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository,
    @Inject(WebhookClient) private readonly client: Pick<WebhookClient, 'post'>,
  ) {}

  async execute(warningId: string): Promise<DeliveryOutcome> {
    const { warning, url } = await this.transactions.run(async (transaction) => {
      const found = await this.warnings.get(transaction, warningId);
      return {
        warning: found,
        url: found && (await this.webhooks.urlOf(transaction, found.municipalityNumber)),
      };
    });
    if (!warning || warning.status !== 'pending') return 'not-pending';
    if (!url) {
      await this.record(warningId, {
        delivered: false,
        error: `no webhook is configured for municipality ${warning.municipalityNumber}`,
        final: true,
      });
      return 'undeliverable';
    }
    await this.client.post(url, warning);
    await this.record(warningId, { delivered: true });
    return 'delivered';
  }

  private record(warningId: string, attempt: DeliveryAttempt): Promise<void> {
    return this.transactions.run((transaction) =>
      this.warnings.recordAttempt(transaction, warningId, attempt),
    );
  }
}
