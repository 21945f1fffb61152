import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';

import { OidcClient } from '../auth/oidc-client.js';
import { WEB_CONFIG, type WebConfig } from '../web.config.js';

type Status = 'up' | 'down';

async function answers(url: string): Promise<Status> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
    return response.status < 500 || response.status === 503 ? 'up' : 'down';
  } catch {
    return 'down';
  }
}

/**
 * The workbench is healthy when the identity provider answers (nobody can sign in otherwise); whether each
 * service answers is reported beside it, since the workbench still serves the others without one.
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(OidcClient) private readonly oidc: OidcClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<{
    status: 'ok' | 'error';
    identityProvider: Status;
    services: Record<string, Status>;
  }> {
    const identityProvider: Status = (await this.oidc.reachable()) ? 'up' : 'down';
    const entries = await Promise.all(
      Object.entries(this.config.services).map(async ([name, url]) => [name, await answers(url)] as const),
    );
    const status = identityProvider === 'up' ? 'ok' : 'error';
    if (status === 'error') response.status(503);
    return { status, identityProvider, services: Object.fromEntries(entries) };
  }
}
