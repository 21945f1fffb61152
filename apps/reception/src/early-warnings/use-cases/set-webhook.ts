import { Inject, Injectable } from '@nestjs/common';

import { municipalityOf, NotFoundError, RejectedError } from '#domain';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail } from '#platform';

import { WebhookDeliveryError, WebhookRefusedError } from '../webhook-errors.js';
import { WebhookSecrets } from '../webhook-secrets.js';
import { WebhookTargets } from '../webhook-targets.js';
import { WebhooksRepository } from '../webhooks.repository.js';

export interface Webhook {
  municipalityNumber: string;
  url: string;
  /** Shown this once: the key of the HMAC-SHA256 signature of each delivery (README, Webhooks). */
  signingSecret: string;
}

/**
 * Says where a host municipality's early warnings are delivered from now on, once the address is allowed, and
 * gives it a new signing secret.
 */
@Injectable()
export class SetWebhook {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository,
    @Inject(WebhookTargets) private readonly targets: Pick<WebhookTargets, 'resolve'>,
    @Inject(WebhookSecrets) private readonly secrets: WebhookSecrets,
    @Inject(AuditTrail) private readonly audit: Pick<AuditTrail, 'record'>,
  ) {}

  async execute(
    municipalityNumber: string,
    url: string,
    updatedBy: string,
    actor: AuditActor,
  ): Promise<Webhook> {
    if (!municipalityOf(municipalityNumber))
      throw new NotFoundError(`There is no municipality ${municipalityNumber}`, 'municipalityNumber');
    await this.targets.resolve(url).catch((error: unknown) => {
      if (error instanceof WebhookRefusedError || error instanceof WebhookDeliveryError)
        throw new RejectedError(
          error instanceof WebhookRefusedError && error.reason === 'user or password in the address'
            ? 'url must not hold a user name or password'
            : 'url must be an https address whose host resolves to public addresses only',
          'url',
        );
      throw error;
    });
    const signingSecret = this.secrets.generate();
    const sealed = this.secrets.seal(signingSecret, municipalityNumber);
    await this.transactions.run(async (transaction) => {
      await this.webhooks.set(transaction, municipalityNumber, url, updatedBy, sealed);
      // The address only: the signing secret never reaches the audit trail.
      await this.audit.record(
        { actor, action: 'webhook.set', target: `webhook:${municipalityNumber}`, details: { url } },
        transaction,
      );
    });
    return { municipalityNumber, url, signingSecret };
  }
}
