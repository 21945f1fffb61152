import { parseNetwork } from './ip-networks.js';
import { addressAllowed, isLoopbackAddress } from './webhook-address-policy.js';

const production = { allowLoopback: false, allowedNetworks: [] };

describe('webhook address policy', () => {
  it.each([
    ['a public IPv4 address', '93.184.215.14'],
    ['a public IPv6 address', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    ['a public IPv4 address written IPv4-mapped', '::ffff:93.184.215.14'],
    ['a public IPv4 address through NAT64', '64:ff9b::5db8:d70e'],
  ])('allows %s (%s)', (_, address) => {
    expect(addressAllowed(address, production)).toBe(true);
  });

  it.each([
    ['loopback', '127.0.0.1'],
    ['loopback, anywhere in 127/8', '127.10.0.1'],
    ['private 10/8', '10.1.2.3'],
    ['private 172.16/12', '172.31.255.1'],
    ['private 192.168/16', '192.168.0.10'],
    ['shared address space (carrier-grade NAT)', '100.64.0.1'],
    ['link-local: the cloud metadata service', '169.254.169.254'],
    ['unspecified', '0.0.0.0'],
    ['"this network"', '0.1.2.3'],
    ['multicast', '224.0.0.251'],
    ['broadcast', '255.255.255.255'],
    ['documentation', '192.0.2.10'],
    ['benchmarking', '198.18.0.1'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unspecified', '::'],
    ['IPv6 unique local', 'fd12:3456::1'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv6 link-local with a zone', 'fe80::1%eth0'],
    ['IPv6 multicast', 'ff02::1'],
    ['IPv6 documentation', '2001:db8::1'],
    ['Teredo', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped link-local, in hexadecimal', '::ffff:a9fe:a9fe'],
    ['IPv4-mapped private', '::ffff:10.0.0.1'],
    ['NAT64 of a private address', '64:ff9b::a00:1'],
    ['NAT64 of the metadata service', '64:ff9b::169.254.169.254'],
    ['local-use NAT64', '64:ff9b:1::a00:1'],
    ['6to4 of a private address', '2002:a00:1::1'],
    ['IPv4-compatible loopback', '::127.0.0.1'],
    ['not an address', 'example.org'],
  ])('refuses %s (%s)', (_, address) => {
    expect(addressAllowed(address, production)).toBe(false);
  });

  it('allows a network that is not public when it is allow-listed, in any of its forms', () => {
    const policy = {
      allowLoopback: false,
      allowedNetworks: ['10.20.0.0/16', 'fd00:1::/32'].map((cidr) => parseNetwork(cidr)!),
    };
    expect(addressAllowed('10.20.3.4', policy)).toBe(true);
    expect(addressAllowed('::ffff:10.20.3.4', policy)).toBe(true);
    expect(addressAllowed('fd00:1::5', policy)).toBe(true);
    expect(addressAllowed('10.21.0.1', policy)).toBe(false);
    expect(addressAllowed('169.254.169.254', policy)).toBe(false);
  });

  it('allows loopback only when development allows it, and nothing else private with it', () => {
    const development = { allowLoopback: true, allowedNetworks: [] };
    expect(addressAllowed('127.0.0.1', development)).toBe(true);
    expect(addressAllowed('::1', development)).toBe(true);
    expect(addressAllowed('169.254.169.254', development)).toBe(false);
    expect(addressAllowed('10.0.0.1', development)).toBe(false);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('93.184.215.14')).toBe(false);
  });
});

describe('parseNetwork', () => {
  it('reads CIDR networks and single addresses, and nothing else', () => {
    expect(parseNetwork('10.0.0.0/8')).toEqual({ bytes: Uint8Array.from([10, 0, 0, 0]), prefix: 8 });
    expect(parseNetwork('2001:db8::/32')?.prefix).toBe(32);
    expect(parseNetwork('192.0.2.1')?.prefix).toBe(32);
    expect(parseNetwork('10.0.0.0/33')).toBeUndefined();
    expect(parseNetwork('10.0.0/8')).toBeUndefined();
    expect(parseNetwork('example.org/8')).toBeUndefined();
    expect(parseNetwork('10.0.0.0/8/1')).toBeUndefined();
  });
});
