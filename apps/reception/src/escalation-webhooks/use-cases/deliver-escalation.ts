import { Inject, Injectable } from '@nestjs/common';

import { ReceptionEventTypes } from '#contracts';
import { Transactions } from '#persistence';
import { SERVICE_CONFIG } from '#platform';

import { WebhookClient } from '../../early-warnings/webhook.client.js';
import { WebhookRefusedError } from '../../early-warnings/webhook-errors.js';
import { SIGNATURE_HEADER, signatureHeader } from '../../early-warnings/webhook-signature.js';
import { WebhookTargets } from '../../early-warnings/webhook-targets.js';
import type { ReceptionConfig } from '../../reception.config.js';
import {
  type DeliveryKey,
  EscalationDeliveriesRepository,
  type EscalationDelivery,
} from '../escalation-deliveries.repository.js';

export type EscalationDeliveryOutcome = 'delivered' | 'not-pending' | 'undeliverable';

/**
 * One try to deliver an escalation's raising or resolution to UDI's system, as the CloudEvent the reception
 * publishes, signed like early warnings (x-signature: t=<seconds>,v1=<HMAC-SHA256 of "<t>.<body>">). An address
 * that is not allowed is recorded as failed and not tried again; a failed post throws, so the queue tries again.
 */
@Injectable()
export class DeliverEscalation {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(EscalationDeliveriesRepository) private readonly deliveries: EscalationDeliveriesRepository,
    @Inject(WebhookTargets) private readonly targets: Pick<WebhookTargets, 'resolve'>,
    @Inject(WebhookClient) private readonly client: Pick<WebhookClient, 'post'>,
    @Inject(SERVICE_CONFIG) private readonly config: ReceptionConfig,
  ) {}

  async execute(key: DeliveryKey): Promise<EscalationDeliveryOutcome> {
    const webhook = this.config.escalationWebhook;
    const delivery = await this.transactions.run((transaction) => this.deliveries.get(transaction, key));
    if (!delivery || delivery.status !== 'pending') return 'not-pending';
    if (!webhook) return this.giveUp(key, 'no escalation webhook is configured (ESCALATION_WEBHOOK_URL)');
    const target = await this.targets.resolve(webhook.url).catch((error: unknown) => {
      if (error instanceof WebhookRefusedError) return error;
      throw error;
    });
    if (target instanceof WebhookRefusedError) return this.giveUp(key, target.message);
    const event = eventOf(delivery);
    const body = JSON.stringify(event);
    await this.client.post(target, body, {
      'content-type': 'application/cloudevents+json',
      'ce-id': event.id,
      'ce-type': event.type,
      [SIGNATURE_HEADER]: signatureHeader(webhook.secret, body, Math.floor(Date.now() / 1000)),
    });
    await this.record(key, { delivered: true });
    return 'delivered';
  }

  async recordFailure(key: DeliveryKey, error: string, final: boolean): Promise<void> {
    await this.record(key, { delivered: false, error, final });
  }

  private async giveUp(key: DeliveryKey, error: string): Promise<EscalationDeliveryOutcome> {
    await this.record(key, { delivered: false, error, final: true });
    return 'undeliverable';
  }

  private record(
    key: DeliveryKey,
    attempt: { delivered: true } | { delivered: false; error: string; final: boolean },
  ): Promise<void> {
    return this.transactions.run((transaction) => this.deliveries.recordAttempt(transaction, key, attempt));
  }
}

/** The escalation as the CloudEvent on reception.escalations says it, with a stable id per escalation and kind. */
function eventOf(delivery: EscalationDelivery) {
  const raised = delivery.kind === 'raised';
  return {
    specversion: '1.0',
    id: `${delivery.escalationId}-${delivery.kind}`,
    source: '/reception',
    type: raised ? ReceptionEventTypes.escalationRaised : ReceptionEventTypes.escalationResolved,
    time: raised ? delivery.raisedAt : (delivery.resolvedAt ?? delivery.raisedAt),
    subject: delivery.subject,
    datacontenttype: 'application/json',
    data: {
      escalationId: delivery.escalationId,
      decisionId: delivery.decisionId,
      rule: delivery.rule,
      subject: delivery.subject,
      ...(raised
        ? { severity: delivery.severity, message: delivery.message, facts: delivery.facts }
        : { facts: delivery.resolutionFacts ?? {}, resolvedAt: delivery.resolvedAt }),
      ruleSet: delivery.ruleSet,
      raisedAt: delivery.raisedAt,
    },
  };
}
