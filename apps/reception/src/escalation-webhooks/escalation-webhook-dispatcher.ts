import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { Transactions } from '#persistence';
import { SERVICE_CONFIG } from '#platform';

import type { ReceptionConfig } from '../reception.config.js';
import { EscalationDeliveriesRepository } from './escalation-deliveries.repository.js';
import { EscalationWebhookQueue } from './escalation-webhook-queue.js';

/**
 * When UDI's system has an escalation webhook, hands every raising and resolution not delivered yet to the
 * delivery queue, each poll interval of the early warnings.
 */
@Injectable()
export class EscalationWebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(EscalationDeliveriesRepository) private readonly deliveries: EscalationDeliveriesRepository,
    @Inject(EscalationWebhookQueue) private readonly queue: EscalationWebhookQueue,
    @Inject(SERVICE_CONFIG) private readonly config: ReceptionConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.escalationWebhook) return;
    this.timer = setInterval(
      () => void this.queuePending().catch(() => undefined),
      this.config.earlyWarnings.pollIntervalMs,
    );
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async queuePending(): Promise<void> {
    const pending = await this.transactions.run((transaction) => this.deliveries.pending(transaction));
    for (const key of pending) await this.queue.add(key);
  }
}
