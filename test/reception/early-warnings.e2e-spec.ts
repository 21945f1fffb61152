import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { ReceptionEventTypes, ReceptionLifecycleEventTypes } from '#contracts';

import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';

interface Warning {
  municipalityNumber: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
  facts: { hostMunicipalityPlaces: number[] };
}

/** A municipality's webhook on loopback: /flaky fails twice before it answers, /down never answers well. */
function webhookServer() {
  const received: unknown[] = [];
  let flakyCalls = 0;
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/flaky') {
        flakyCalls += 1;
        if (flakyCalls <= 2) return void response.writeHead(500).end();
        received.push(JSON.parse(body));
        return void response.writeHead(204).end();
      }
      response.writeHead(503).end();
    });
  });
  return { server, received };
}

describe('early warnings to host municipalities', () => {
  const harness = new ServiceHarness('early-warnings');
  const reception = harness.service('reception');
  const { server, received } = webhookServer();
  let base: string;
  const warnings = () => reception.get<Warning[]>('/reception/early-warnings');

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await harness.start({
      reception: {
        EARLY_WARNING_ATTEMPTS: '4',
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

  it('delivers a warning of a large capacity change, retrying with backoff, and records every outcome', async () => {
    expect(
      (
        await reception.put('/reception/host-municipalities/0301/webhook', {
          url: `${base}/flaky`,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await reception.put('/reception/host-municipalities/1103/webhook', {
          url: `${base}/down`,
        })
      ).status,
    ).toBe(200);
    const badUrl = await reception.put('/reception/host-municipalities/1103/webhook', {
      url: 'not a url',
    });
    expect(badUrl.status).toBe(400);
    expect(JSON.stringify(badUrl.body)).toContain('url must be an http(s) address');

    for (const [centreId, municipality, places] of [
      ['OSL-9', '0301', 120],
      ['STV-9', '1103', 80],
      ['TRD-9', '5001', 60],
      ['MOS-9', '3103', 30],
    ] as const) {
      await harness.sender.send(ReceptionEventTypes.centreRegistered, {
        centreId,
        hostMunicipalityNumber: municipality,
        type: 'ordinary',
        fixedPlaces: places,
      });
    }
    await harness.sender.send(ReceptionLifecycleEventTypes.capacityChanged, {
      centreId: 'OSL-9',
      fixedPlaces: 130,
      flexiblePlaces: 0,
      effectiveOn: '2026-12-01',
    });
    await harness.waitForConsumed();
    await waitUntil(
      'every warning to be delivered or failed',
      async () => (await warnings()).every((w) => w.status !== 'pending'),
      {
        timeoutMs: 30000,
        intervalMs: 100,
      },
    );

    const byMunicipality = new Map(
      (await warnings()).map((warning) => [warning.municipalityNumber, warning]),
    );
    expect([...byMunicipality.keys()].sort()).toEqual(['0301', '1103', '5001']);
    expect(byMunicipality.get('0301')).toMatchObject({
      status: 'delivered',
      attempts: 3,
      facts: { hostMunicipalityPlaces: [0, 120] },
    });
    expect(received).toEqual([
      expect.objectContaining({
        municipalityNumber: '0301',
        message: expect.stringContaining('50 or more') as unknown,
      }),
    ]);
    expect(byMunicipality.get('1103')).toMatchObject({
      status: 'failed',
      attempts: 4,
      lastError: 'webhook answered 503',
    });
    expect(byMunicipality.get('5001')).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'no webhook is configured for municipality 5001',
    });
    await harness.waitForConsumed();
    expect(harness.probe.events(ReceptionLifecycleEventTypes.earlyWarningIssued)).toHaveLength(3);
  });
});
