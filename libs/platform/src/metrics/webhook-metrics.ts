import { Inject, Injectable } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';

/**
 * Webhook deliveries by kind of webhook (`early-warning`, `escalation`) and outcome: `delivered`,
 * `attempt-failed` (to be tried again) and `failed` (given up for good).
 */
@Injectable()
export class WebhookMetrics {
  private readonly deliveries: Counter<'webhook' | 'outcome'>;

  constructor(@Inject(Registry) registry: Registry) {
    this.deliveries = new Counter({
      name: 'webhook_deliveries_total',
      help: 'Webhook delivery tries by webhook kind and outcome (delivered, attempt-failed, failed)',
      labelNames: ['webhook', 'outcome'],
      registers: [registry],
    });
  }

  delivered(webhook: string): void {
    this.deliveries.inc({ webhook, outcome: 'delivered' });
  }

  /** A try failed; `final` when no more will be made. */
  failed(webhook: string, final: boolean): void {
    this.deliveries.inc({ webhook, outcome: final ? 'failed' : 'attempt-failed' });
  }
}
