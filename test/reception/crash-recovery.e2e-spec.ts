import { ReceptionEventTypes, Topics, type EscalationRaised } from '#contracts';
import { waitUntil } from '../../infra/wait-until.js';
import { EventSender } from '../support/event-sender.js';
import { IsolatedEnvironment } from '../support/isolated-environment.js';
import { ServiceProcess } from '../support/service-process.js';
import { TopicProbe } from '../support/topic-probe.js';

describe('a service killed between the database commit and the publish', () => {
  const env = new IsolatedEnvironment('crash');
  const sender = new EventSender(env.kafka);
  const probe = new TopicProbe(env.kafka, [Topics.receptionEscalations.name]);
  const first = new ServiceProcess('dist/apps/reception/src/main.js');
  const second = new ServiceProcess('dist/apps/reception/src/main.js');
  const raised = () => probe.events<EscalationRaised>(ReceptionEventTypes.escalationRaised);

  beforeAll(async () => {
    await env.createTopics();
    await Promise.all([sender.connect(), probe.start()]);
  });

  afterAll(async () => {
    await Promise.all([first.stop('SIGKILL'), second.stop('SIGTERM')]);
    await Promise.all([sender.disconnect(), probe.stop()]);
    await env.dispose();
  });

  it('still publishes the event after a restart', async () => {
    // The first process commits its changes but never gets to send them: its relay does not run.
    first.start(env.serviceEnv({ OUTBOX_RELAY_ENABLED: 'false' }));
    await sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'TRD-1',
      hostMunicipalityNumber: '5001',
      type: 'unaccompanied-minors-15-18',
      fixedPlaces: 1,
    });
    await sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-crash-0001',
      centreId: 'TRD-1',
      date: '2026-11-03',
    });
    await waitUntil(
      'the escalation to be committed to the outbox',
      async () => {
        const rows = await env.query<{ count: string }>(
          `SELECT count(*) FROM outbox WHERE published_at IS NULL AND event_type = $1`,
          [ReceptionEventTypes.escalationRaised],
        );
        return Number(rows[0].count) >= 1;
      },
      { timeoutMs: 60000, intervalMs: 100 },
    );

    await first.stop('SIGKILL');
    await probe.drain();
    expect(raised()).toHaveLength(0);

    second.start(env.serviceEnv());
    await probe.waitFor(
      'the national escalation after the restart',
      () =>
        raised().some(
          (event) => event.data.rule === 'national-occupancy-high' && event.subject === 'national',
        ),
      60000,
    );
    // The relay marks rows sent in the transaction that sent them, which commits just after the send.
    await waitUntil(
      'the outbox to be marked sent',
      async () => {
        const [row] = await env.query<{ count: string }>(
          'SELECT count(*) FROM outbox WHERE published_at IS NULL',
        );
        return Number(row.count) === 0;
      },
      { timeoutMs: 30000, intervalMs: 100 },
    );
  });
});
