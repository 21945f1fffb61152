import { WebhookDeliveryError, WebhookRefusedError } from './webhook-errors.js';
import { type ResolvedAddress, WebhookTargets } from './webhook-targets.js';

/** A resolver that knows a few names, and counts how often it was asked. */
function resolver(names: Record<string, ResolvedAddress[]>) {
  const asked: string[] = [];
  const lookup = (hostname: string) => {
    asked.push(hostname);
    const addresses = names[hostname];
    return addresses
      ? Promise.resolve(addresses)
      : Promise.reject(new Error(`getaddrinfo ENOTFOUND ${hostname}`));
  };
  return { lookup, asked };
}

const names = {
  'kommune.example': [{ address: '93.184.215.14', family: 4 }],
  'internal.example': [{ address: '10.0.0.7', family: 4 }],
  'mixed.example': [
    { address: '93.184.215.14', family: 4 },
    { address: '::ffff:169.254.169.254', family: 6 },
  ],
  'v6.example': [{ address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 }],
  'partner.example': [{ address: '10.20.0.9', family: 4 }],
  'localhost.example': [{ address: '127.0.0.1', family: 4 }],
};

const production = { allowLoopbackHttp: false, allowedNetworks: [], timeoutMs: 1000 };
const refusal = (reason: string) => new WebhookRefusedError(reason as never);

describe('WebhookTargets', () => {
  it('resolves an https address once, to the address that was checked', async () => {
    const { lookup, asked } = resolver(names);
    const target = await new WebhookTargets(production, lookup).resolve(
      'https://kommune.example:8443/hook?x=1',
    );
    expect(target).toMatchObject({ hostname: 'kommune.example', address: '93.184.215.14', family: 4 });
    expect(target.url.href).toBe('https://kommune.example:8443/hook?x=1');
    expect(asked).toEqual(['kommune.example']);
    expect(await new WebhookTargets(production, lookup).resolve('https://v6.example/')).toMatchObject({
      family: 6,
    });
  });

  it.each([
    ['an https address resolving to 10.x', 'https://internal.example/hook', 'address not allowed'],
    ['a host with one public and one forbidden address', 'https://mixed.example/', 'address not allowed'],
    ['an IP literal of the metadata service', 'https://169.254.169.254/latest', 'address not allowed'],
    ['an IPv6 loopback literal', 'https://[::1]:8443/', 'address not allowed'],
    ['plain http to the database port', 'http://127.0.0.1:5432', 'only https'],
    ['plain http to the metadata service', 'http://169.254.169.254/', 'only https'],
    ['plain http to a public host', 'http://kommune.example/', 'only https'],
    ['a file', 'file:///etc/passwd', 'only https'],
    ['gopher', 'gopher://kommune.example/', 'only https'],
    ['not a URL', 'not a url', 'only https'],
    ['credentials in the address', 'https://user:pw@kommune.example/', 'user or password in the address'],
  ])('refuses %s', async (_, url, reason) => {
    const { lookup } = resolver(names);
    await expect(new WebhookTargets(production, lookup).resolve(url)).rejects.toEqual(refusal(reason));
  });

  it('allows plain http only to loopback, and only when development allows it', async () => {
    const { lookup } = resolver(names);
    const development = new WebhookTargets({ ...production, allowLoopbackHttp: true }, lookup);
    expect(await development.resolve('http://127.0.0.1:5432')).toMatchObject({ address: '127.0.0.1' });
    expect(await development.resolve('http://localhost.example:8080/')).toMatchObject({
      address: '127.0.0.1',
    });
    await expect(development.resolve('http://kommune.example/')).rejects.toEqual(refusal('only https'));
    await expect(development.resolve('http://169.254.169.254/')).rejects.toEqual(
      refusal('address not allowed'),
    );
    await expect(development.resolve('https://internal.example/')).rejects.toEqual(
      refusal('address not allowed'),
    );
  });

  it('allows an allow-listed network that is not public', async () => {
    const { lookup } = resolver(names);
    const targets = new WebhookTargets({ ...production, allowedNetworks: ['10.20.0.0/16'] }, lookup);
    expect(await targets.resolve('https://partner.example/')).toMatchObject({ address: '10.20.0.9' });
    await expect(targets.resolve('https://internal.example/')).rejects.toEqual(
      refusal('address not allowed'),
    );
  });

  it('says a host that does not resolve is unreachable, without the resolver’s words', async () => {
    const { lookup } = resolver(names);
    const error = await new WebhookTargets(production, lookup)
      .resolve('https://nowhere.example/')
      .catch((e: Error) => e);
    expect(error).toEqual(new WebhookDeliveryError('unreachable'));
  });

  it('gives up on a resolver that does not answer in time', async () => {
    const targets = new WebhookTargets({ ...production, timeoutMs: 100 }, () => new Promise(() => undefined));
    await expect(targets.resolve('https://kommune.example/')).rejects.toEqual(
      new WebhookDeliveryError('timed out'),
    );
  });
});
