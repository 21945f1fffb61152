import { type EscalationRaised, ReceptionEventTypes } from '#contracts';

import { ServiceHarness } from '../support/service-harness.js';

describe('a service killed between the database commit and the publish', () => {
  const harness = new ServiceHarness('crash');
  const reception = harness.service('reception');
  const raised = () => harness.probe.events<EscalationRaised>(ReceptionEventTypes.escalationRaised);

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  it('still publishes the event after a restart', async () => {
    // The first process commits its changes but never gets to send them: its relay does not run.
    const first = reception.spawn({ OUTBOX_RELAY_ENABLED: 'false' });
    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'TRD-1',
      hostMunicipalityNumber: '5001',
      type: 'unaccompanied-minors-15-18',
      fixedPlaces: 1,
    });
    await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-crash-0001',
      centreId: 'TRD-1',
      date: '2026-11-03',
    });
    // Consumed means handled and committed: the escalation is in the outbox, unsent.
    await harness.waitForConsumed();
    const [unsent] = await reception.query<{ count: string }>(
      `SELECT count(*) FROM outbox WHERE published_at IS NULL AND event_type = $1`,
      [ReceptionEventTypes.escalationRaised],
    );
    expect(Number(unsent.count)).toBeGreaterThanOrEqual(1);

    await first.stop('SIGKILL');
    await harness.probe.drain();
    expect(raised()).toHaveLength(0);

    reception.spawn();
    // Caught up: the new process has sent the outbox and marked every row sent (the relay marks them in the
    // transaction that sent them, which commits just after the send), and the probe has read it.
    await harness.waitForConsumed();
    expect((await reception.outbox()).unsent).toBe(0);
    expect(
      raised().some((event) => event.data.rule === 'national-occupancy-high' && event.subject === 'national'),
    ).toBe(true);
  });
});
