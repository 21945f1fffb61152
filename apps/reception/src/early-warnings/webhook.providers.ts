import { Logger, type Provider } from '@nestjs/common';

import { SERVICE_CONFIG } from '#platform';

import type { ReceptionConfig } from '../reception.config.js';
import { WebhookClient } from './webhook.client.js';
import { WebhookSecrets } from './webhook-secrets.js';
import { WebhookTargets } from './webhook-targets.js';

/** The webhook address checks, the signing secrets' sealing and the client, from the reception's settings. */
export const webhookProviders: Provider[] = [
  {
    provide: WebhookTargets,
    useFactory: ({ webhooks }: ReceptionConfig) => new WebhookTargets(webhooks),
    inject: [SERVICE_CONFIG],
  },
  {
    provide: WebhookSecrets,
    useFactory: ({ webhooks }: ReceptionConfig) => {
      if (webhooks.developmentSecretKey)
        new Logger('Webhooks').warn(
          'WEBHOOK_SECRET_KEYS is not set: signing secrets are sealed with the development key (set your own in production)',
        );
      return new WebhookSecrets(webhooks.secretKeys);
    },
    inject: [SERVICE_CONFIG],
  },
  {
    provide: WebhookClient,
    useFactory: ({ webhooks }: ReceptionConfig) => new WebhookClient(webhooks.timeoutMs),
    inject: [SERVICE_CONFIG],
  },
];
