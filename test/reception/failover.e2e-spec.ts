import { type Admin, AssignerProtocol } from 'kafkajs';

import { ReceptionEventTypes, Topics } from '#contracts';
import { createKafka } from '#messaging';

import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';

const centres = Array.from({ length: 12 }, (_, n) => `FAIL-${n + 1}`);
const person = (n: number) => `p-failover-${String(n).padStart(5, '0')}`;
const centreOf = (n: number) => centres[n % centres.length];

describe('an instance stopped with SIGTERM while events flow', () => {
  const harness = new ServiceHarness('failover');
  const reception = harness.service('reception');
  let admin: Admin;

  /** Partitions of the centres topic each member of the reception group holds, once the group is stable. */
  const assignments = async (): Promise<number[][] | undefined> => {
    const {
      groups: [group],
    } = await admin.describeGroups([reception.groupId]);
    if (group?.state !== 'Stable') return undefined;
    const topic = `${harness.env.topicPrefix}${Topics.receptionCentres.name}`;
    return group.members.map(
      (member) => AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment[topic] ?? [],
    );
  };
  const staysCount = async () =>
    Number((await reception.query<{ count: string }>('SELECT count(*) FROM stays'))[0].count);

  beforeAll(async () => {
    await harness.start();
    admin = createKafka(harness.env.kafka).admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin.disconnect();
    await harness.stop();
  });

  it('hands its partitions to the other instance at once, and every event is applied exactly once', async () => {
    for (const centreId of centres) {
      await harness.sender.send(ReceptionEventTypes.centreRegistered, {
        centreId,
        hostMunicipalityNumber: '0301',
        type: 'ordinary',
        fixedPlaces: 5000,
      });
    }
    const leaving = reception.spawn({ LOG_LEVEL: 'log' });
    reception.spawn();
    await waitUntil(
      'both instances to hold partitions of the centres topic',
      async () => (await assignments())?.filter((partitions) => partitions.length > 0).length === 2,
      { timeoutMs: 90000 },
    );

    // Arrivals flow all the time: before the stop, during the takeover and after it.
    let sent = 0;
    let takenOver = false;
    let sentAfterTakeover = 0;
    const flow = (async () => {
      while (!takenOver || sentAfterTakeover < 200) {
        await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
          personId: person(sent),
          centreId: centreOf(sent),
          date: '2026-11-10',
        });
        sent += 1;
        if (takenOver) sentAfterTakeover += 1;
      }
    })();
    await waitUntil('the first arrivals to be applied', async () => (await staysCount()) >= 100, {
      timeoutMs: 60000,
      intervalMs: 20,
    });

    const stoppedAt = Date.now();
    await leaving.stop('SIGTERM');
    const exitedAfter = Date.now() - stoppedAt;
    await waitUntil(
      'the remaining instance to hold every partition of the centres topic',
      async () => {
        const members = await assignments();
        return members?.length === 1 && members[0].length === Topics.receptionCentres.partitions;
      },
      { timeoutMs: 60000, intervalMs: 20 },
    );
    const takeoverMs = Date.now() - stoppedAt;
    takenOver = true;
    // Not an assertion (no timed assertions in tests): the figure for the report.
    console.warn(
      `failover: exited ${exitedAfter} ms after SIGTERM; partitions taken over after ${takeoverMs} ms`,
    );

    await flow;
    await harness.waitForConsumed(120000);

    // Left the group itself (not found dead after the session timeout), with no batch cut off in an error.
    const output = leaving.output.join('');
    expect(output).toContain(`Left group ${reception.groupId}`);
    expect(output).not.toMatch(/\bERROR\b|Caught error/);

    // Exactly once: every arrival is one stay, every centre counts exactly its arrivals, nothing dead-lettered.
    expect(await staysCount()).toBe(sent);
    const counters = await reception.query<{ subject: string; residents: number }>(
      `SELECT subject, residents FROM occupancy_counters WHERE subject LIKE 'centre:FAIL-%'`,
    );
    const expected = new Map(centres.map((centreId) => [`centre:${centreId}`, 0]));
    for (let n = 0; n < sent; n += 1)
      expected.set(`centre:${centreOf(n)}`, expected.get(`centre:${centreOf(n)}`)! + 1);
    expect(new Map(counters.map(({ subject, residents }) => [subject, Number(residents)]))).toEqual(expected);
    const [national] = await reception.query<{ residents: number }>(
      `SELECT residents FROM occupancy_counters WHERE subject = 'national'`,
    );
    expect(Number(national.residents)).toBe(sent);
    expect(harness.probe.on(`${Topics.receptionCentres.name}.dlq`)).toHaveLength(0);
    expect(sent).toBeGreaterThan(300);
  });
});
