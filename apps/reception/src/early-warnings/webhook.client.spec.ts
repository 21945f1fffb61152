import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { WebhookClient } from './webhook.client.js';
import { WebhookDeliveryError } from './webhook-errors.js';
import type { WebhookTarget } from './webhook-targets.js';

interface Received {
  host?: string;
  path?: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

describe('WebhookClient', () => {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ host: request.headers.host, path: request.url, headers: request.headers, body });
      if (request.url === '/redirect')
        return void response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
      if (request.url === '/error')
        return void response.writeHead(500).end('FATAL: password authentication failed');
      if (request.url === '/slow') return; // never answers
      response.writeHead(204).end();
    });
  });
  let port: number;
  /** A name no resolver knows, pinned to the loopback server: reaching it proves no second lookup was made. */
  const target = (path: string, at = port): WebhookTarget => ({
    url: new URL(`http://webhook.test:${at}${path}`),
    hostname: 'webhook.test',
    address: '127.0.0.1',
    family: 4,
  });
  const client = new WebhookClient(500);

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the body to the address checked, naming the host only in Host', async () => {
    await client.post(target('/hook?x=1'), '{"a":1}', { 'x-signature': 't=1,v1=ab' });
    expect(received.at(-1)).toMatchObject({
      host: `webhook.test:${port}`,
      path: '/hook?x=1',
      body: '{"a":1}',
      headers: expect.objectContaining({ 'content-type': 'application/json', 'x-signature': 't=1,v1=ab' }),
    });
  });

  it('follows no redirect, and says only that it was one', async () => {
    const calls = received.length;
    await expect(client.post(target('/redirect'), '{}', {})).rejects.toEqual(
      new WebhookDeliveryError('answered 302 (redirects are not followed)'),
    );
    expect(received).toHaveLength(calls + 1);
  });

  it('says what status answered, never what the answer said', async () => {
    const error = (await client.post(target('/error'), '{}', {}).catch((e: Error) => e)) as Error;
    expect(error).toEqual(new WebhookDeliveryError('answered 500'));
    expect(error.message).not.toContain('password');
  });

  it('gives up after the timeout', async () => {
    await expect(client.post(target('/slow'), '{}', {})).rejects.toEqual(
      new WebhookDeliveryError('timed out'),
    );
  });

  it('says an address that refuses the connection is unreachable, and no more', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(client.post(target('/', closedPort), '{}', {})).rejects.toEqual(
      new WebhookDeliveryError('unreachable'),
    );
  });
});
