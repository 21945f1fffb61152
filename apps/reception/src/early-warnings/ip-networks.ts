import { isIPv4, isIPv6 } from 'node:net';

/** An IP address as bytes: 4 for IPv4, 16 for IPv6. */
export type AddressBytes = Uint8Array;

/** A network written as CIDR: `10.0.0.0/8`, `2001:db8::/32`. */
export interface Network {
  bytes: AddressBytes;
  prefix: number;
}

/** The bytes of an IPv4 or IPv6 address (an IPv6 zone such as `%eth0` is dropped), or undefined. */
export function addressBytes(text: string): AddressBytes | undefined {
  const address = text.replace(/%.*$/, '');
  if (isIPv4(address)) return Uint8Array.from(address.split('.').map(Number));
  if (!isIPv6(address)) return undefined;
  // An IPv4 tail (::ffff:10.0.0.1) becomes its two hexadecimal groups.
  const hex = address.replace(
    /(\d+)\.(\d+)\.(\d+)\.(\d+)$/,
    (_, a: string, b: string, c: string, d: string) =>
      [(Number(a) << 8) | Number(b), (Number(c) << 8) | Number(d)].map((word) => word.toString(16)).join(':'),
  );
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const [head, tail] = hex.split('::');
  const before = parse(head);
  const after = tail === undefined ? [] : parse(tail);
  const words = [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
  const bytes = new Uint8Array(16);
  words.forEach((word, index) => {
    bytes[index * 2] = word >> 8;
    bytes[index * 2 + 1] = word & 0xff;
  });
  return bytes;
}

/** A network from CIDR text (a bare address is a network of one), or undefined. */
export function parseNetwork(text: string): Network | undefined {
  const [address, prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const bytes = addressBytes(address);
  if (!bytes) return undefined;
  const bits = bytes.length * 8;
  if (prefixText === undefined) return { bytes, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return undefined;
  return { bytes, prefix: Number(prefixText) };
}

/** Whether the address is in the network (only an address of the same family can be). */
export function networkContains(network: Network, address: AddressBytes): boolean {
  if (network.bytes.length !== address.length) return false;
  for (let bit = 0; bit < network.prefix; bit += 1) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((network.bytes[byte] & mask) !== (address[byte] & mask)) return false;
  }
  return true;
}

export function networksOf(cidrs: readonly string[]): Network[] {
  return cidrs.map((cidr) => {
    const network = parseNetwork(cidr);
    if (!network) throw new Error(`${cidr} is not a network`);
    return network;
  });
}
