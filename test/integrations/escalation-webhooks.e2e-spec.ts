import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { ReceptionEventTypes } from '#contracts';

import type { EscalationDelivery } from '../../apps/reception/src/escalation-webhooks/escalation-deliveries.repository.js';
import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';

const SECRET = 'udi-escalations-signing-secret';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  event: { id: string; type: string; subject: string; data: { rule: string; escalationId: string } };
}

/** Checks a delivery as UDI's system would: HMAC-SHA256 over "<t>.<body>", at most five minutes old. */
function signedWith(secret: string, { headers, body }: Received): boolean {
  const fields = Object.fromEntries(
    String(headers['x-signature'])
      .split(',')
      .map((part) => part.split('=', 2)),
  );
  const timestamp = Number(fields.t);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  const given = Buffer.from(String(fields.v1), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** UDI's system on loopback: the first delivery fails with 500, every later one is taken. */
function udiSystem() {
  const received: Received[] = [];
  let calls = 0;
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      calls += 1;
      if (calls === 1) return void response.writeHead(500).end();
      received.push({ headers: request.headers, body, event: JSON.parse(body) as Received['event'] });
      response.writeHead(204).end();
    });
  });
  return { server, received };
}

describe("escalations reach UDI's system as signed webhooks", () => {
  const harness = new ServiceHarness('escalation-webhooks');
  const reception = harness.service('reception');
  const { server, received } = udiSystem();

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await harness.start({
      reception: {
        ESCALATION_WEBHOOK_URL: `http://127.0.0.1:${port}/udi/escalations`,
        ESCALATION_WEBHOOK_SECRET: SECRET,
        EARLY_WARNING_BACKOFF_MS: '50',
        EARLY_WARNING_POLL_INTERVAL_MS: '100',
        WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true',
      },
    });
  });

  afterAll(async () => {
    await harness.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  const national = () =>
    received.filter((delivery) => delivery.event.data.rule === 'national-occupancy-high');

  it('delivers the raising after a failed try and then the resolution, signed, and records both as delivered', async () => {
    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      type: 'ordinary',
      fixedPlaces: 2,
    });
    for (const personId of ['p-esc-0001', 'p-esc-0002']) {
      await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
        personId,
        centreId: 'OSL-1',
        date: '2026-11-24',
      });
    }
    await harness.waitForConsumed();
    await waitUntil('the raising to be delivered', () => Promise.resolve(national().length === 1), {
      timeoutMs: 30000,
    });

    for (const personId of ['p-esc-0001', 'p-esc-0002']) {
      await harness.sender.send(ReceptionEventTypes.departureRegistered, {
        personId,
        centreId: 'OSL-1',
        date: '2026-11-25',
        reason: 'settled',
      });
    }
    await harness.waitForConsumed();
    await waitUntil('the resolution to be delivered', () => Promise.resolve(national().length === 2), {
      timeoutMs: 30000,
    });

    const [raising, resolution] = national();
    expect(raising.event).toMatchObject({
      type: ReceptionEventTypes.escalationRaised,
      subject: 'national',
      data: { rule: 'national-occupancy-high', severity: 'high' },
    });
    expect(resolution.event).toMatchObject({
      type: ReceptionEventTypes.escalationResolved,
      data: { escalationId: raising.event.data.escalationId },
    });
    for (const delivery of [raising, resolution]) {
      expect(signedWith(SECRET, delivery)).toBe(true);
      expect(signedWith('another-secret-of-16+', delivery)).toBe(false);
      expect(delivery.headers['ce-id']).toBe(delivery.event.id);
    }

    let deliveries: EscalationDelivery[] = [];
    await waitUntil(
      'every delivery to be recorded as delivered',
      async () => {
        deliveries = await reception.get<EscalationDelivery[]>('/reception/escalation-deliveries');
        return deliveries.length === received.length && deliveries.every((d) => d.status === 'delivered');
      },
      { timeoutMs: 30000 },
    );
    expect(deliveries.filter((delivery) => delivery.rule === 'national-occupancy-high')).toEqual([
      expect.objectContaining({ kind: 'raised', status: 'delivered' }),
      expect.objectContaining({ kind: 'resolved', status: 'delivered' }),
    ]);
    // Each was tried once more than it failed: the one 500 answer is recorded as a failed attempt.
    const attempts = deliveries.reduce((sum, delivery) => sum + delivery.attempts, 0);
    expect(attempts).toBe(received.length + 1);
  });
});
