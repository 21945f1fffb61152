import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { clientCredentialsTokenProvider } from './oauth-bearer-token.js';

/** A token endpoint on loopback: it answers tokens numbered in order, or 401 to a wrong secret. */
describe('clientCredentialsTokenProvider', () => {
  const requests: { authorization?: string; body: string }[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      requests.push({ authorization: request.headers.authorization, body });
      const expected = `Basic ${Buffer.from('reception:s3cret').toString('base64')}`;
      if (request.headers.authorization !== expected)
        return void response
          .writeHead(401, { 'content-type': 'application/json' })
          .end('{"error":"invalid_client"}');
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ access_token: `token-${requests.length}`, expires_in: 300, token_type: 'Bearer' }),
        );
    });
  });
  let tokenUrl: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    tokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => requests.splice(0));

  it('asks for a token by client credentials and keeps it until shortly before it expires', async () => {
    let now = 1_000_000;
    const provider = clientCredentialsTokenProvider(
      { tokenUrl, clientId: 'reception', clientSecret: 's3cret', scope: 'kafka' },
      () => now,
    );
    expect(await Promise.all([provider(), provider()])).toEqual([{ value: 'token-1' }, { value: 'token-1' }]);
    expect(requests).toEqual([
      {
        authorization: `Basic ${Buffer.from('reception:s3cret').toString('base64')}`,
        body: 'grant_type=client_credentials&scope=kafka',
      },
    ]);
    now += 239_000;
    expect(await provider()).toEqual({ value: 'token-1' });
    now += 2_000;
    expect(await provider()).toEqual({ value: 'token-2' });
    expect(requests).toHaveLength(2);
  });

  it('names the endpoint and the status when refused, never the secret', async () => {
    const provider = clientCredentialsTokenProvider({
      tokenUrl,
      clientId: 'reception',
      clientSecret: 'wrong',
    });
    const error = (await provider().catch((e: Error) => e)) as Error;
    expect(error.message).toBe(
      `Kafka OAUTHBEARER: the token endpoint ${tokenUrl} gave no access token (HTTP 401)`,
    );
    expect(error.message).not.toContain('wrong');
  });
});
