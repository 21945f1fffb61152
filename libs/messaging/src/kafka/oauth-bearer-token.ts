import type { OauthbearerProviderResponse } from 'kafkajs';

import type { KafkaOAuthBearer } from './kafka-settings.js';

/** Fetches a token a little before the one in hand expires, so a reconnect never presents an expired one. */
const RENEW_BEFORE_EXPIRY_MS = 60_000;

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
}

/**
 * kafkajs's OAUTHBEARER token provider: an access token from the token endpoint by client credentials
 * (RFC 6749 4.4, the client authenticated with HTTP Basic), kept until shortly before it expires. A failure
 * names the endpoint and its status, never the secret or the endpoint's answer.
 */
export function clientCredentialsTokenProvider(
  settings: Omit<KafkaOAuthBearer, 'mechanism'>,
  clock: () => number = Date.now,
): () => Promise<OauthbearerProviderResponse> {
  let current: { value: string; renewAt: number } | undefined;
  let pending: Promise<OauthbearerProviderResponse> | undefined;

  const fetchToken = async (): Promise<OauthbearerProviderResponse> => {
    const credentials = `${encodeURIComponent(settings.clientId)}:${encodeURIComponent(settings.clientSecret)}`;
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (settings.scope) form.set('scope', settings.scope);
    const response = await fetch(settings.tokenUrl, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: form,
      redirect: 'error',
      signal: AbortSignal.timeout(10_000),
    }).catch(() => {
      throw new Error(`Kafka OAUTHBEARER: the token endpoint ${settings.tokenUrl} did not answer`);
    });
    const answer = (await response.json().catch(() => ({}))) as TokenAnswer;
    if (!response.ok || typeof answer.access_token !== 'string') {
      throw new Error(
        `Kafka OAUTHBEARER: the token endpoint ${settings.tokenUrl} gave no access token (HTTP ${response.status})`,
      );
    }
    const lifetimeMs = typeof answer.expires_in === 'number' ? answer.expires_in * 1000 : 300_000;
    current = {
      value: answer.access_token,
      renewAt: clock() + Math.max(lifetimeMs - RENEW_BEFORE_EXPIRY_MS, lifetimeMs / 2),
    };
    return { value: current.value };
  };

  return () => {
    if (current && clock() < current.renewAt) return Promise.resolve({ value: current.value });
    pending ??= fetchToken().finally(() => (pending = undefined));
    return pending;
  };
}
