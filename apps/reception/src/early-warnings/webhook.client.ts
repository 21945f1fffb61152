import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

import { WebhookDeliveryError } from './webhook-errors.js';
import type { WebhookTarget } from './webhook-targets.js';

/**
 * Posts a body to a checked webhook target: connects to the address that was checked (the name goes only in
 * Host and as the TLS server name, against which the certificate is checked), follows no redirect (a 3xx is a
 * failed try), and gives up after the timeout. Throws WebhookDeliveryError saying only what happened, never
 * what answered.
 */
export class WebhookClient {
  constructor(private readonly timeoutMs: number) {}

  post(target: WebhookTarget, body: string, headers: Record<string, string>): Promise<void> {
    const { url, hostname, address, family } = target;
    const secure = url.protocol === 'https:';
    return new Promise<void>((resolve, reject) => {
      const signal = AbortSignal.timeout(this.timeoutMs);
      const request = (secure ? https : http).request({
        host: address,
        family,
        port: url.port || (secure ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: {
          ...headers,
          host: url.host,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
        ...(secure && !isIP(hostname) ? { servername: hostname } : {}),
        agent: false,
        signal,
      });
      request.on('response', (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve();
        else if (status >= 300 && status < 400)
          reject(new WebhookDeliveryError(`answered ${status} (redirects are not followed)`));
        else reject(new WebhookDeliveryError(`answered ${status}`));
      });
      request.on('error', () =>
        reject(new WebhookDeliveryError(signal.aborted ? 'timed out' : 'unreachable')),
      );
      request.end(body);
    });
  }
}
