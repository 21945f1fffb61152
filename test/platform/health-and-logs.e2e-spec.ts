import { createServer } from 'node:net';

import type { Consumer } from 'kafkajs';

import { CareCentreEventTypes, Topics } from '#contracts';
import { createKafka, physicalTopic } from '#messaging';

import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';
import type { ServiceProcess } from '../support/service-process.js';

interface LogLine {
  level: string;
  msg: string;
  service?: string;
  traceId?: string;
  req?: { id?: string; method?: string; path?: string; headers?: unknown };
  [key: string]: unknown;
}

/** The JSON lines a process has written so far (anything else is left out). */
function logLines(child: ServiceProcess): LogLine[] {
  return child.output
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** A port nothing listens on (taken and released at once). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Liveness and readiness apart, and the structured logs: a spawned service answers /health/live while its
 * consumer cannot join its group yet (another member holds the group in a rebalance), and /health/ready only
 * once it has joined; its JSON log lines carry request and trace ids and no headers.
 */
describe('health probes and JSON logs of a running service', () => {
  const harness = new ServiceHarness('probes');
  const careCentres = harness.service('care-centres');
  let holder: Consumer | undefined;

  beforeAll(() => harness.start());

  afterAll(async () => {
    await holder?.disconnect();
    await harness.stop();
  });

  it('answers live before the consumer joined, ready after; logs requests as JSON with their ids', async () => {
    // A member of the service's group stuck in a handler: a joining member waits for it in the rebalance.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    holder = createKafka(harness.env.kafka).consumer({
      groupId: careCentres.groupId,
      sessionTimeout: 60000,
      rebalanceTimeout: 60000,
    });
    await holder.connect();
    await holder.subscribe({
      topics: [physicalTopic(harness.env.kafka, Topics.careCentres.name)],
      fromBeginning: true,
    });
    await holder.run({
      eachMessage: async () => {
        holding = true;
        await released;
      },
    });
    await harness.sender.send(CareCentreEventTypes.centreRegistered, {
      centreId: 'PRB-1',
      name: 'Probe centre',
      hostMunicipalityNumber: '4601',
      statePlaces: 4,
      privatePlaces: 0,
    });
    await waitUntil('the holder to be handed the event', () => Promise.resolve(holding), {
      timeoutMs: 30000,
    });

    const child = careCentres.spawn({ LOG_LEVEL: 'log', LOG_FORMAT: 'json' });
    let url = '';
    await waitUntil(
      'the service to say where it listens',
      () => {
        const listening = logLines(child).find((line) => line.msg.startsWith('Listening on '));
        url = listening ? /Listening on (\S+)/.exec(listening.msg)![1].replace('[::1]', '127.0.0.1') : '';
        return Promise.resolve(url !== '');
      },
      { timeoutMs: 60000 },
    );

    const live = await fetch(`${url}/health/live`);
    expect(live.status).toBe(200);
    const notReady = await fetch(`${url}/health/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({
      error: { consumer: { status: 'down', message: 'the consumer has not joined its consumer group yet' } },
    });

    release();
    await waitUntil(
      'the service to be ready',
      async () => (await fetch(`${url}/health/ready`)).status === 200,
      {
        timeoutMs: 90000,
        intervalMs: 200,
      },
    );
    const ready = (await (await fetch(`${url}/health/ready`)).json()) as { details: Record<string, unknown> };
    expect(Object.keys(ready.details).sort()).toEqual(['consumer', 'database', 'kafka', 'redis']);

    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const answer = await fetch(`${url}/health/live?who=p-secret-0001`, {
      headers: {
        'x-request-id': 'ops-req-0001',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        authorization: 'Bearer not-a-real-token',
      },
    });
    expect(answer.headers.get('x-request-id')).toBe('ops-req-0001');
    let line: LogLine | undefined;
    await waitUntil(
      'the request to be logged',
      () =>
        Promise.resolve(
          (line = logLines(child).find((entry) => entry.req?.id === 'ops-req-0001')) !== undefined,
        ),
      { timeoutMs: 10000, intervalMs: 50 },
    );
    expect(line).toMatchObject({
      level: 'info',
      service: 'care-centres',
      traceId,
      req: { id: 'ops-req-0001', method: 'GET', path: '/health/live' },
      res: { statusCode: 200 },
    });
    const output = child.output.join('');
    expect(output).not.toContain('not-a-real-token');
    expect(output).not.toContain('p-secret-0001');

    await child.stop('SIGTERM');
    const messages = logLines(child).map((entry) => entry.msg);
    expect(messages).toContainEqual(expect.stringMatching(/^Shutting down on SIGTERM/));
    expect(messages).toContainEqual(expect.stringMatching(/^Stopped/));
  });

  it('is live but not ready while a dependency is away, naming it', async () => {
    const instance = await careCentres.start({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    const live = await fetch(`${instance.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${instance.url}/health/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { error: Record<string, unknown>; info: Record<string, unknown> };
    expect(Object.keys(body.error)).toEqual(['redis']);
    expect(Object.keys(body.info).sort()).toEqual(['consumer', 'database', 'kafka']);
  });
});
