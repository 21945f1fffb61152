import { createHmac } from 'node:crypto';

/** The header of a delivery that carries its signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'x-signature';

/**
 * The signature of a delivery: HMAC-SHA256, keyed with the municipality's signing secret (its UTF-8 text as
 * given when the webhook was set), over `<timestamp>.<body>`. The timestamp, in the header too, lets the
 * municipality refuse an old delivery sent again.
 */
export function signatureHeader(secret: string, body: string, timestampSeconds: number): string {
  const signature = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${signature}`;
}
