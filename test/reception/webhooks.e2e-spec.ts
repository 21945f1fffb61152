import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { ReceptionEventTypes } from '#contracts';

import { WebhookSecrets } from '../../apps/reception/src/early-warnings/webhook-secrets.js';
import { DEVELOPMENT_WEBHOOK_SECRET_KEY } from '../../apps/reception/src/reception.config.js';
import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';

interface Warning {
  municipalityNumber: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
}

interface ErrorBody {
  statusCode: number;
  message: string | string[];
  field?: string;
}

/** Written from the README's "Webhooks" paragraph, as a municipality would. */
function verifyEarlyWarning(
  rawBody: Buffer | string,
  signatureHeader: string,
  secret: string,
  nowMs = Date.now(),
) {
  const fields = Object.fromEntries(signatureHeader.split(',').map((part) => part.split('=', 2))) as Record<
    string,
    string | undefined
  >;
  const timestamp = Number(fields.t);
  if (!Number.isInteger(timestamp) || Math.abs(nowMs / 1000 - timestamp) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();
  const given = Buffer.from(fields.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface Delivery {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A municipality's server on loopback: /hook takes warnings, /redirect-* answer 302 towards a forbidden target
 * (or a trap that records whether anything followed), /error answers 500 with words that must not leak.
 */
function municipalityServer(trapUrl: () => string) {
  const deliveries: Delivery[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      deliveries.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      const redirects: Record<string, string> = {
        '/redirect-database': 'http://127.0.0.1:5432/',
        '/redirect-metadata': 'http://169.254.169.254/latest/meta-data/',
        '/redirect-trap': trapUrl(),
      };
      if (redirects[path]) return void response.writeHead(302, { location: redirects[path] }).end();
      if (path === '/error')
        return void response.writeHead(500).end('FATAL: password authentication failed for user "postgres"');
      response.writeHead(204).end();
    });
  });
  return { server, deliveries };
}

const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

describe('webhooks of host municipalities', () => {
  const harness = new ServiceHarness('webhooks');
  const reception = harness.service('reception');
  const fast = {
    EARLY_WARNING_ATTEMPTS: '2',
    EARLY_WARNING_BACKOFF_MS: '50',
    EARLY_WARNING_POLL_INTERVAL_MS: '100',
    WEBHOOK_TIMEOUT_MS: '2000',
  };
  const warnings = () => reception.get<Warning[]>('/reception/early-warnings');
  const setWebhook = (municipality: string, url: string) =>
    reception.put<ErrorBody & { signingSecret?: string }>(
      `/reception/host-municipalities/${municipality}/webhook`,
      {
        url,
      },
    );
  let centres = 0;
  /** A new centre of 60 places in each municipality: a change of 50 or more, so each is warned once. */
  async function warn(...municipalities: string[]): Promise<void> {
    for (const municipality of municipalities) {
      centres += 1;
      await harness.sender.send(ReceptionEventTypes.centreRegistered, {
        centreId: `WH-${centres}`,
        hostMunicipalityNumber: municipality,
        type: 'ordinary',
        fixedPlaces: 60,
      });
    }
    await harness.waitForConsumed();
    await waitUntil(
      'every warning to be delivered or failed',
      async () => (await warnings()).every((warning) => warning.status !== 'pending'),
      { timeoutMs: 30000, intervalMs: 100 },
    );
  }
  const warningOf = async (municipality: string) =>
    (await warnings()).find((warning) => warning.municipalityNumber === municipality);

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  describe('with the production settings', () => {
    beforeAll(() => reception.start(fast));
    afterAll(() => reception.stop());

    it.each([
      ['the database port on loopback', 'http://127.0.0.1:5432'],
      ['the cloud metadata service', 'http://169.254.169.254/'],
      ['the cloud metadata service over https', 'https://169.254.169.254/latest/meta-data/'],
      ['a private address', 'https://10.1.2.3/hook'],
      ['a name that resolves to loopback', 'https://localhost:5432/'],
      ['an IPv4-mapped loopback address', 'https://[::ffff:127.0.0.1]:5432/'],
      ['a user and password in the address', 'https://user:secret@kommune.example/'],
    ])('refuses a webhook to %s with 422 naming url', async (_, url) => {
      const answer = await setWebhook('0301', url);
      expect(answer.status).toBe(422);
      expect(answer.body.field).toBe('url');
      expect(answer.body.message).toMatch(/^url must /);
    });

    it('refuses a file address with 400 naming url', async () => {
      const answer = await setWebhook('0301', 'file:///etc/passwd');
      expect(answer.status).toBe(400);
      expect([answer.body.message].flat()).toEqual(['url must be an http(s) address']);
    });

    it('answers 404 for a municipality number no municipality has, and stores none of the refused', async () => {
      const answer = await setWebhook('9999', 'https://kommune.example/hook');
      expect(answer).toMatchObject({
        status: 404,
        body: { message: 'There is no municipality 9999', field: 'municipalityNumber' },
      });
      expect(await reception.query('SELECT * FROM host_municipality_webhooks')).toEqual([]);
    });

    it('checks the address again before delivering, records only that it was refused, and does not retry', async () => {
      // As if set before the checks existed: the same secret sealing as the service (development key).
      const secrets = new WebhookSecrets([DEVELOPMENT_WEBHOOK_SECRET_KEY]);
      for (const [municipality, url] of [
        ['0301', 'https://127.0.0.1:5432/'],
        ['4601', 'https://169.254.169.254/latest/meta-data/'],
      ]) {
        await reception.query(
          `INSERT INTO host_municipality_webhooks (municipality_number, url, updated_by, signing_secret) VALUES ($1, $2, 'old', $3)`,
          [municipality, url, secrets.seal('whsec_planted', municipality)],
        );
      }
      await warn('0301', '4601');
      for (const municipality of ['0301', '4601'])
        expect(await warningOf(municipality)).toMatchObject({
          status: 'failed',
          attempts: 1,
          lastError: 'webhook refused: address not allowed',
        });
    });
  });

  describe('with loopback http for development', () => {
    let trapped = 0;
    const trap = http.createServer((_, response) => {
      trapped += 1;
      response.writeHead(204).end();
    });
    let trapUrl = '';
    const { server, deliveries } = municipalityServer(() => trapUrl);
    let base: string;
    const secrets = new Map<string, string>();

    beforeAll(async () => {
      trapUrl = await listen(trap);
      base = await listen(server);
      await reception.start({
        ...fast,
        WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true',
        WEBHOOK_SECRET_KEYS: [randomBytes(32).toString('base64'), randomBytes(32).toString('hex')].join(','),
      });
    });
    afterAll(async () => {
      await reception.stop();
      server.closeAllConnections();
      await Promise.all([server, trap].map((s) => new Promise((resolve) => s.close(resolve))));
    });

    it('still refuses plain http anywhere but loopback', async () => {
      const answer = await setWebhook('0301', 'http://169.254.169.254/');
      expect(answer).toMatchObject({ status: 422, body: { field: 'url' } });
    });

    it('answers a new signing secret each time a webhook is set, stored sealed', async () => {
      for (const [municipality, path] of [
        ['0301', '/hook'],
        ['4601', '/redirect-database'],
        ['5001', '/redirect-metadata'],
        ['3403', '/redirect-trap'],
        ['1103', '/error'],
      ]) {
        const answer = await setWebhook(municipality, `${base}${path}`);
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({
          municipalityNumber: municipality,
          url: `${base}${path}`,
          signingSecret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
        });
        secrets.set(municipality, answer.body.signingSecret!);
      }
      const again = await setWebhook('0301', `${base}/hook`);
      expect(again.body.signingSecret).not.toBe(secrets.get('0301'));
      secrets.set('0301', again.body.signingSecret!);
      const stored = await reception.query<{ signing_secret: string }>(
        'SELECT signing_secret FROM host_municipality_webhooks',
      );
      for (const { signing_secret } of stored) expect([...secrets.values()]).not.toContain(signing_secret);
    });

    it('delivers a warning signed so that the README verifier accepts it with the secret, and only with it', async () => {
      await warn('0301');
      expect(await warningOf('0301')).toMatchObject({ status: 'delivered', attempts: 1, lastError: null });
      const [delivery] = deliveries.filter((each) => each.path === '/hook');
      const body = JSON.parse(delivery.body.toString()) as { warningId: string; municipalityNumber: string };
      expect(body.municipalityNumber).toBe('0301');
      expect(delivery.headers['x-early-warning-id']).toBe(body.warningId);
      const signature = String(delivery.headers['x-signature']);
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifyEarlyWarning(delivery.body, signature, secrets.get('0301')!)).toBe(true);
      expect(verifyEarlyWarning(delivery.body, signature, secrets.get('4601')!)).toBe(false);
      expect(
        verifyEarlyWarning(Buffer.from(`${delivery.body.toString()} `), signature, secrets.get('0301')!),
      ).toBe(false);
      expect(verifyEarlyWarning(delivery.body, signature, secrets.get('0301')!, Date.now() + 600_000)).toBe(
        false,
      );
    });

    it('follows no redirect, to a forbidden target or anywhere, and records none of what answered', async () => {
      await warn('4601', '5001', '3403', '1103');
      for (const municipality of ['4601', '5001', '3403'])
        expect(await warningOf(municipality)).toMatchObject({
          status: 'failed',
          attempts: 2,
          lastError: 'webhook answered 302 (redirects are not followed)',
        });
      expect(await warningOf('1103')).toMatchObject({
        status: 'failed',
        attempts: 2,
        lastError: 'webhook answered 500',
      });
      for (const path of ['/redirect-database', '/redirect-metadata', '/redirect-trap', '/error'])
        expect(deliveries.filter((each) => each.path === path)).toHaveLength(2);
      expect(JSON.stringify(await warnings())).not.toMatch(/password|postgres|FATAL/);
      expect(trapped).toBe(0);
    });
  });
});
