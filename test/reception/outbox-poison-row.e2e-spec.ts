import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { type EscalationRaised, eventDefinitionOf, ReceptionEventTypes, Topics } from '#contracts';
import { buildEvent, DeadLetterHeaders, MessagingRuntime, type OutboxDeadLetter } from '#messaging';

import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';

const escalations = Topics.receptionEscalations.name;

function escalation(subject: string, message = `occupancy high at ${subject}`): EscalationRaised {
  return {
    escalationId: randomUUID(),
    decisionId: randomUUID(),
    rule: 'centre-occupancy-high',
    severity: 'warning',
    subject,
    message,
    facts: { occupancy: 0.97 },
    ruleSet: { id: 'reception-escalations', version: '1.0.0' },
    raisedAt: '2026-11-03T10:00:00.000Z',
  };
}

describe('events too large for the broker', () => {
  const harness = new ServiceHarness('poison-row');
  const reception = harness.service('reception');

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  it('a row in the outbox the broker refuses for good is dead-lettered with the reason on its first refusal, and every row around it is delivered exactly once', async () => {
    // The rows are written while no relay runs, so the poison row sits between them when the relay starts.
    await reception.start({ OUTBOX_RELAY_ENABLED: 'false' });
    const runtime = reception.app.app.get(MessagingRuntime);
    const dataSource = reception.app.app.get(DataSource);
    const subjects = ['TRD-1', 'BRG-1', 'OSL-1', 'KRS-1', 'TRD-1', 'BRG-1'];
    const publish = (round: number) =>
      dataSource.transaction(async (transaction) => {
        const ids: string[] = [];
        for (const subject of subjects) {
          const event = await runtime.outbox.publish(
            transaction,
            ReceptionEventTypes.escalationRaised,
            escalation(subject, `round ${round} at ${subject}`),
          );
          ids.push(event.id);
        }
        return ids;
      });

    const before = await publish(1);
    // 2 MB: written past Outbox.publish's size check, as rows written before it existed may be.
    const poison = buildEvent('/reception', eventDefinitionOf(ReceptionEventTypes.escalationRaised)!, {
      ...escalation('TRD-1'),
      message: 'x'.repeat(2_000_000),
    });
    await reception.query(
      `INSERT INTO outbox (event_id, event_type, topic, message_key, payload) VALUES ($1, $2, $3, $4, $5)`,
      [poison.id, poison.type, escalations, 'TRD-1', JSON.stringify(poison)],
    );
    const after = await publish(2);
    const good = [...before, ...after];

    runtime.relay.start();
    await waitUntil('the outbox to be empty', async () => (await reception.outbox()).unsent === 0, {
      timeoutMs: 60000,
      intervalMs: 50,
    });
    await harness.probe.drain();

    // Delivered exactly once each, the rows behind the poison row on its partition (TRD-1) too, in order.
    const delivered = harness.probe
      .on(escalations)
      .map((message) => JSON.parse(message.value!) as { id: string; subject: string });
    const timesDelivered = new Map<string, number>();
    for (const { id } of delivered) timesDelivered.set(id, (timesDelivered.get(id) ?? 0) + 1);
    expect(delivered).toHaveLength(good.length);
    expect(good.map((id) => timesDelivered.get(id))).toEqual(good.map(() => 1));
    expect(timesDelivered.has(poison.id)).toBe(false);
    const onPoisonKey = (ids: string[]) =>
      ids.filter((_, index) => subjects[index % subjects.length] === 'TRD-1');
    expect(delivered.filter((event) => event.subject === 'TRD-1').map((event) => event.id)).toEqual([
      ...onPoisonKey(before),
      ...onPoisonKey(after),
    ]);

    // The poison row left the outbox for its dead letters, with the broker's reason, after one attempt only.
    const [deadLetter] = await reception.query<{ event_id: string; reason: string; size_bytes: number }>(
      'SELECT event_id, reason, size_bytes FROM outbox_dead_letters',
    );
    expect(deadLetter).toMatchObject({
      event_id: poison.id,
      reason: expect.stringMatching(/^MESSAGE_TOO_LARGE: /),
    });
    expect(deadLetter.size_bytes).toBeGreaterThan(2_000_000);
    expect(await reception.query('SELECT 1 FROM outbox WHERE event_id = $1', [poison.id])).toEqual([]);
    expect(runtime.relay.counters).toMatchObject({ failedRequests: 1, deadLettered: 1, sent: good.length });

    // Operators see it (the payload stays in the table, not in the answer).
    const listed = await reception.get<{ total: number; deadLetters: OutboxDeadLetter[] }>(
      '/outbox/dead-letters',
    );
    expect(listed.total).toBe(1);
    expect(listed.deadLetters[0]).toMatchObject({
      eventId: poison.id,
      eventType: ReceptionEventTypes.escalationRaised,
      topic: escalations,
      key: 'TRD-1',
      reason: expect.stringMatching(/^MESSAGE_TOO_LARGE: /),
    });
    expect(JSON.stringify(listed)).not.toContain('xxxxxxxx');

    // Nothing left to try: a further round sends nothing and fails nothing.
    expect(await runtime.relay.relayOnce()).toBe(0);
    expect(runtime.relay.counters.failedRequests).toBe(1);

    // Kept as long as dead-letter topics keep theirs (30 days), then forgotten.
    expect((await runtime.housekeeping.run()).outboxDeadLetters).toBe(0);
    await reception.query(`UPDATE outbox_dead_letters SET dead_lettered_at = now() - interval '31 days'`);
    expect((await runtime.housekeeping.run()).outboxDeadLetters).toBe(1);
  });

  it('an event too large is refused where it would be written, and the consumed event that led to it is dead-lettered with the reason', async () => {
    await reception.stop();
    await reception.start({ OUTBOX_MAX_EVENT_BYTES: '700' });
    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'TRD-9',
      hostMunicipalityNumber: '5001',
      type: 'unaccompanied-minors-15-18',
      fixedPlaces: 1,
    });
    await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-large-0001',
      centreId: 'TRD-9',
      date: '2026-11-03',
    });
    await harness.waitForConsumed();

    const letters = harness.probe.on(`${Topics.receptionCentres.name}.dlq`);
    expect(letters.map((letter) => letter.headers[DeadLetterHeaders.reason])).toEqual([
      expect.stringMatching(
        /^rejected: The no\.reception\.escalation\.raised\.v1 event would be \d+ bytes, more than the 700 an event may have/,
      ),
    ]);
    expect(letters[0].headers[DeadLetterHeaders.attempts]).toBe('1');
    expect(JSON.parse(letters[0].value!)).toMatchObject({ type: ReceptionEventTypes.arrivalRegistered });
    // Only the centre's registration took effect; the arrival's transaction, escalation and all, rolled back.
    expect(await reception.processedCount()).toBe(1);
    const aboutTheCentre = (
      await reception.query<{ payload: { subject: string } }>('SELECT payload FROM outbox')
    )
      .map((row) => row.payload.subject)
      .filter((subject) => subject === 'TRD-9' || subject === 'national');
    expect(aboutTheCentre).toEqual([]);
    expect(
      harness.probe
        .on(escalations)
        .filter((message) => message.key === 'TRD-9' || message.key === 'national'),
    ).toEqual([]);
  });
});
