import { ReceptionEventTypes, Topics } from '#contracts';

import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';
import { TcpProxy } from '../support/tcp-proxy.js';

describe('an unreachable database', () => {
  const harness = new ServiceHarness('db-outage');
  const reception = harness.service('reception');
  const databaseUrl = new URL(harness.env.databaseUrl);
  const proxy = new TcpProxy(databaseUrl.hostname, Number(databaseUrl.port || 5432));

  beforeAll(async () => {
    const port = await proxy.listen();
    const viaProxy = new URL(harness.env.databaseUrl);
    viaProxy.port = String(port);
    // Only the consumer touches the database here (no relay, no rule polling during the test), so every
    // refused connection is one of its attempts.
    await harness.start({
      reception: {
        DATABASE_URL: viaProxy.toString(),
        OUTBOX_RELAY_ENABLED: 'false',
        RULES_POLL_INTERVAL_MS: '600000',
      },
    });
  });

  afterAll(async () => {
    await harness.stop();
    await proxy.close();
  });

  it('is retried with backoff until it answers again, and nothing is dead-lettered', async () => {
    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'KRS-1',
      hostMunicipalityNumber: '4204',
      type: 'transit',
      fixedPlaces: 40,
    });
    await harness.waitForConsumed();
    expect(await reception.processedCount()).toBe(1);

    proxy.disconnect();
    await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-outage-0001',
      centreId: 'KRS-1',
      date: '2026-11-04',
    });
    await waitUntil(
      'three attempts against the unreachable database',
      () => Promise.resolve(proxy.rejectedConnections >= 3),
      {
        timeoutMs: 30000,
        intervalMs: 50,
      },
    );
    expect(await reception.processedCount()).toBe(1);

    proxy.reconnect();
    await harness.waitForConsumed();
    expect(await reception.processedCount()).toBe(2);
    expect(harness.probe.on(`${Topics.receptionCentres.name}.dlq`)).toHaveLength(0);
    const occupancy = await reception.get<{ national: { residents: number } }>('/reception/occupancy');
    expect(occupancy.national.residents).toBe(1);
  });
});
