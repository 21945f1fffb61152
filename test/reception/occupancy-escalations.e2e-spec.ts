import { type EscalationRaised, type EscalationResolved, ReceptionEventTypes } from '#contracts';
import { MessagingRuntime } from '#messaging';

import { ServiceHarness } from '../support/service-harness.js';

interface Occupancy {
  national: { residents: number; capacity: number; occupancyPercent: number | null };
  centres: { centreId: string; residents: number }[];
}

const person = (n: number) => `p-esc-${String(n).padStart(4, '0')}`;

describe('reception occupancy and escalations on real Kafka and PostgreSQL', () => {
  const harness = new ServiceHarness('escalations');
  const reception = harness.service('reception');
  const raised = (rule: string) =>
    harness.probe
      .events<EscalationRaised>(ReceptionEventTypes.escalationRaised)
      .filter((e) => e.data.rule === rule);
  const resolved = (rule: string) =>
    harness.probe
      .events<EscalationResolved>(ReceptionEventTypes.escalationResolved)
      .filter((e) => e.data.rule === rule);

  const arrive = (n: number) =>
    harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: person(n),
      centreId: 'OSL-1',
      date: '2026-11-01',
    });

  beforeAll(async () => {
    await harness.start({ reception: {} });
    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'OSL-1',
      name: 'Oslo ordinary centre',
      hostMunicipalityNumber: '0301',
      type: 'ordinary',
      fixedPlaces: 8,
      flexiblePlaces: 2,
    });
  });

  afterAll(() => harness.stop());

  it('reports health of Kafka, PostgreSQL and Redis', async () => {
    const health = await reception.get<{ status: string; details: Record<string, { status: string }> }>(
      '/health',
    );
    expect(health.status).toBe('ok');
    expect(Object.keys(health.details).sort()).toEqual(['database', 'kafka', 'redis']);
  });

  it('raises exactly one escalation when arrivals push national occupancy to the threshold', async () => {
    for (let n = 1; n <= 9; n += 1) await arrive(n);
    await harness.waitForConsumed();
    expect(raised('national-occupancy-high')).toHaveLength(0);

    await arrive(10); // 10 of 10 places: 100 %
    await arrive(11); // 11 of 10: still high, and now over capacity
    await harness.waitForConsumed();

    const [national] = raised('national-occupancy-high');
    expect(raised('national-occupancy-high')).toHaveLength(1);
    expect(national.subject).toBe('national');
    expect(national.data).toMatchObject({
      severity: 'high',
      facts: { nationalCapacity: 10, nationalOccupancyPercent: 100 },
      ruleSet: { id: 'reception-escalations', version: '1.4.0' },
    });
    expect(raised('centre-over-capacity')).toHaveLength(1);
    expect(raised('centre-over-capacity')[0].data).toMatchObject({
      subject: 'centre:OSL-1',
      facts: { centreResidents: 11, centreCapacity: 10 },
    });
  });

  it('counts the same arrival delivered twice once', async () => {
    const before = await reception.get<Occupancy>('/reception/occupancy');
    const arrival = await arrive(12);
    await harness.sender.resend(arrival); // redelivery: same event id
    await harness.sender.send(ReceptionEventTypes.arrivalRegistered, arrival.data); // reported again, new id
    await harness.waitForConsumed();

    const after = await reception.get<Occupancy>('/reception/occupancy');
    expect(after.national.residents).toBe(before.national.residents + 1);
    // Every distinct event sent was processed once, the redelivered one included.
    expect(await reception.processedCount()).toBe(harness.sender.sent.length);
  });

  it('resolves the escalations when departures bring occupancy under the thresholds', async () => {
    for (const n of [1, 2, 3, 4]) {
      await harness.sender.send(ReceptionEventTypes.departureRegistered, {
        personId: person(n),
        centreId: 'OSL-1',
        date: '2026-11-20',
        reason: 'settled',
      });
    }
    await harness.waitForConsumed();

    expect(resolved('national-occupancy-high')).toHaveLength(1);
    expect(resolved('national-occupancy-high')[0].data.escalationId).toBe(
      raised('national-occupancy-high')[0].data.escalationId,
    );
    expect(resolved('centre-over-capacity')).toHaveLength(1);
    expect(raised('national-occupancy-high')).toHaveLength(1);

    const occupancy = await reception.get<Occupancy>('/reception/occupancy');
    expect(occupancy.national).toEqual({ residents: 8, capacity: 10, occupancyPercent: 80 });
    expect(occupancy.centres).toMatchObject([{ centreId: 'OSL-1', residents: 8 }]);
    expect(await reception.get<unknown[]>('/reception/escalations?status=open')).toEqual([]);
  });

  it('forgets sent outbox rows and processed-event ids after their retention, keeping recent ones', async () => {
    const [{ count }] = await reception.query<{ count: string }>('SELECT count(*) FROM processed_events');
    await reception.query(
      `UPDATE outbox SET published_at = now() - interval '8 days' WHERE position = (SELECT min(position) FROM outbox)`,
    );
    await reception.query(
      `UPDATE processed_events SET processed_at = now() - interval '31 days'
       WHERE event_id = (SELECT event_id FROM processed_events ORDER BY processed_at LIMIT 1)`,
    );
    const removed = await reception.app.app.get(MessagingRuntime).housekeeping.run();
    expect(removed).toEqual({ outbox: 1, processedEvents: 1, outboxDeadLetters: 0 });
    expect(await reception.processedCount()).toBe(Number(count) - 1);
  });

  it('answers a bad query with a 400 naming the field', async () => {
    const response = await reception.fetch('/reception/escalations?status=maybe');
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('status');
  });
});
