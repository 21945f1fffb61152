import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

import { networksOf } from './ip-networks.js';
import { addressAllowed, type AddressPolicy, isLoopbackAddress } from './webhook-address-policy.js';
import { WebhookDeliveryError, WebhookRefusedError } from './webhook-errors.js';

/** A webhook address, checked: the connection goes to `address`, which is the one that was checked. */
export interface WebhookTarget {
  url: URL;
  /** The URL's host without brackets: sent as Host and, for a name, as the TLS server name. */
  hostname: string;
  address: string;
  family: 4 | 6;
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address of a host name; the system's resolver (getaddrinfo, as any connection would use). */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

const systemLookup: HostLookup = (hostname) => lookup(hostname, { all: true, verbatim: true });

export interface WebhookTargetSettings {
  /** Development: plain http, and only to loopback addresses, which are then allowed. */
  allowLoopbackHttp: boolean;
  /** CIDR networks allowed although they are not public. */
  allowedNetworks: readonly string[];
  /** How long the host name may take to resolve. */
  timeoutMs: number;
}

/**
 * Checks a webhook address and resolves its host once: https only (plain http only to loopback, when
 * development allows it), and every address the host resolves to public, or in an allowed network. The
 * caller connects to the address checked, so no second lookup can lead elsewhere.
 */
export class WebhookTargets {
  private readonly policy: AddressPolicy;

  constructor(
    private readonly settings: WebhookTargetSettings,
    private readonly lookupHost: HostLookup = systemLookup,
  ) {
    this.policy = {
      allowLoopback: settings.allowLoopbackHttp,
      allowedNetworks: networksOf(settings.allowedNetworks),
    };
  }

  /**
   * The address to connect to. Throws WebhookRefusedError when the URL or an address of its host is not
   * allowed, WebhookDeliveryError when the host does not resolve (in time).
   */
  async resolve(urlText: string): Promise<WebhookTarget> {
    let url: URL;
    try {
      url = new URL(urlText);
    } catch {
      throw new WebhookRefusedError('only https');
    }
    const plainHttp = url.protocol === 'http:';
    if (url.protocol !== 'https:' && !(plainHttp && this.settings.allowLoopbackHttp))
      throw new WebhookRefusedError('only https');
    if (url.username || url.password) throw new WebhookRefusedError('user or password in the address');

    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const addresses = isIP(hostname)
      ? [{ address: hostname, family: isIP(hostname) }]
      : await this.lookup(hostname);
    if (addresses.length === 0 || !addresses.every(({ address }) => addressAllowed(address, this.policy)))
      throw new WebhookRefusedError('address not allowed');
    if (plainHttp && !addresses.every(({ address }) => isLoopbackAddress(address)))
      throw new WebhookRefusedError('only https');
    const [first] = addresses;
    return { url, hostname, address: first.address, family: first.family === 6 ? 6 : 4 };
  }

  private async lookup(hostname: string): Promise<ResolvedAddress[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new WebhookDeliveryError('timed out')), this.settings.timeoutMs);
    });
    try {
      return await Promise.race([
        this.lookupHost(hostname).catch(() => {
          throw new WebhookDeliveryError('unreachable');
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
