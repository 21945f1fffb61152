import { Inject, Injectable } from '@nestjs/common';

import type { EarlyWarningIssued } from '#contracts';
import { Transactions } from '#persistence';

import { type DeliveryAttempt, EarlyWarningsRepository } from '../early-warnings.repository.js';
import { WebhookClient } from '../webhook.client.js';
import { WebhookRefusedError } from '../webhook-errors.js';
import { WebhookSecrets } from '../webhook-secrets.js';
import { SIGNATURE_HEADER, signatureHeader } from '../webhook-signature.js';
import { WebhookTargets } from '../webhook-targets.js';
import { WebhooksRepository } from '../webhooks.repository.js';

/** `undeliverable`: no try can succeed, and the warning has been recorded as failed. */
export type DeliveryOutcome = 'delivered' | 'not-pending' | 'undeliverable';

/**
 * One try to deliver a pending early warning to its host municipality's webhook, signed with the
 * municipality's secret; a delivery is recorded. An address that is not allowed is recorded as refused, and not
 * tried again; a failed post throws (saying only what happened), so that the queue tries again later.
 */
@Injectable()
export class DeliverEarlyWarning {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository,
    @Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository,
    @Inject(WebhookTargets) private readonly targets: Pick<WebhookTargets, 'resolve'>,
    @Inject(WebhookSecrets) private readonly secrets: Pick<WebhookSecrets, 'open'>,
    @Inject(WebhookClient) private readonly client: Pick<WebhookClient, 'post'>,
  ) {}

  async execute(warningId: string): Promise<DeliveryOutcome> {
    const { warning, webhook } = await this.transactions.run(async (transaction) => {
      const found = await this.warnings.get(transaction, warningId);
      return {
        warning: found,
        webhook: found && (await this.webhooks.find(transaction, found.municipalityNumber)),
      };
    });
    if (!warning || warning.status !== 'pending') return 'not-pending';
    const municipality = warning.municipalityNumber;
    if (!webhook) return this.giveUp(warningId, `no webhook is configured for municipality ${municipality}`);
    const secret = webhook.sealedSecret && this.secrets.open(webhook.sealedSecret, municipality);
    if (!secret) return this.giveUp(warningId, 'webhook has no signing secret: set the webhook again');

    const target = await this.targets.resolve(webhook.url).catch((error: unknown) => {
      if (error instanceof WebhookRefusedError) return error;
      throw error;
    });
    if (target instanceof WebhookRefusedError) return this.giveUp(warningId, target.message);

    const body = JSON.stringify(deliveryOf(warning));
    await this.client.post(target, body, {
      'x-early-warning-id': warning.warningId,
      [SIGNATURE_HEADER]: signatureHeader(secret, body, Math.floor(Date.now() / 1000)),
    });
    await this.record(warningId, { delivered: true });
    return 'delivered';
  }

  private async giveUp(warningId: string, error: string): Promise<DeliveryOutcome> {
    await this.record(warningId, { delivered: false, error, final: true });
    return 'undeliverable';
  }

  private record(warningId: string, attempt: DeliveryAttempt): Promise<void> {
    return this.transactions.run((transaction) =>
      this.warnings.recordAttempt(transaction, warningId, attempt),
    );
  }
}

/** What a municipality receives: the warning without the service's internal references. */
function deliveryOf(warning: EarlyWarningIssued) {
  return {
    warningId: warning.warningId,
    municipalityNumber: warning.municipalityNumber,
    message: warning.message,
    rule: warning.rule,
    facts: warning.facts,
    ruleSet: warning.ruleSet,
    issuedAt: warning.issuedAt,
  };
}
