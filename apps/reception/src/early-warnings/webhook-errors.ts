/** Why a webhook address is not used: recorded as it is, never with what the address would have reached. */
export type RefusalReason = 'only https' | 'address not allowed' | 'user or password in the address';

/** The address is not allowed: nothing was sent, and trying again will not change that. */
export class WebhookRefusedError extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`webhook refused: ${reason}`);
    this.name = 'WebhookRefusedError';
  }
}

/**
 * A try that did not deliver, worth trying again: the message says only "timed out", "unreachable" or the
 * status answered, never the remote's body or the network error, which could tell what is behind the address.
 */
export class WebhookDeliveryError extends Error {
  constructor(message: 'timed out' | 'unreachable' | `answered ${number}${string}`) {
    super(`webhook ${message}`);
    this.name = 'WebhookDeliveryError';
  }
}
