import { type AddressBytes, addressBytes, type Network, networkContains, networksOf } from './ip-networks.js';

/**
 * IPv4 networks that are not the public internet (RFC 6890 and its updates): "this network" and unspecified,
 * private, shared (carrier-grade NAT), loopback, link-local (cloud metadata at 169.254.169.254), IETF protocol
 * assignments, documentation, 6to4 relays, benchmarking, multicast, reserved and broadcast.
 */
const NOT_PUBLIC_IPV4 = networksOf([
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
]);

/**
 * IPv6 is public only as global unicast (2000::/3), which leaves out unspecified, loopback, IPv4-compatible,
 * unique local, link-local, site-local, multicast and local-use NAT64; within it, IETF protocol assignments
 * (Teredo among them) and documentation are not public either.
 */
const GLOBAL_UNICAST_IPV6 = networksOf(['2000::/3']);
const NOT_PUBLIC_IPV6 = networksOf(['2001::/23', '2001:db8::/32', '3fff::/20']);

const LOOPBACK = networksOf(['127.0.0.0/8', '::1/128']);

/** IPv6 forms that reach an IPv4 address: IPv4-mapped, NAT64 (well-known prefix) and 6to4. */
const IPV4_MAPPED = networksOf(['::ffff:0:0/96', '64:ff9b::/96']);
const SIX_TO_FOUR = networksOf(['2002::/16']);

export interface AddressPolicy {
  /** Development: loopback addresses are allowed (with plain http, see WebhookTargets). */
  allowLoopback: boolean;
  /** Networks allowed although they are not public (WEBHOOK_ALLOWED_NETWORKS). */
  allowedNetworks: readonly Network[];
}

const inAny = (networks: readonly Network[], address: AddressBytes) =>
  networks.some((network) => networkContains(network, address));

/** The address a connection to this one reaches: the IPv4 address an IPv6 form carries, or itself. */
function reachedAddress(address: AddressBytes): AddressBytes {
  if (inAny(IPV4_MAPPED, address)) return address.slice(12);
  if (inAny(SIX_TO_FOUR, address)) return address.slice(2, 6);
  return address;
}

function isPublic(address: AddressBytes): boolean {
  if (address.length === 4) return !inAny(NOT_PUBLIC_IPV4, address);
  return inAny(GLOBAL_UNICAST_IPV6, address) && !inAny(NOT_PUBLIC_IPV6, address);
}

/** Whether a webhook may connect to this IP address under the policy. */
export function addressAllowed(text: string, policy: AddressPolicy): boolean {
  const bytes = addressBytes(text);
  if (!bytes) return false;
  const reached = reachedAddress(bytes);
  if (inAny(policy.allowedNetworks, reached) || inAny(policy.allowedNetworks, bytes)) return true;
  if (policy.allowLoopback && inAny(LOOPBACK, reached)) return true;
  return isPublic(reached);
}

export function isLoopbackAddress(text: string): boolean {
  const bytes = addressBytes(text);
  return bytes !== undefined && inAny(LOOPBACK, reachedAddress(bytes));
}
