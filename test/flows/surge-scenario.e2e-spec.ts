import { ReceptionEventTypes, Topics, type EscalationRaised, type EscalationResolved } from '#contracts';
import { createKafka } from '#messaging';
import type { ServiceApp } from '#platform';
import type { Admin } from 'kafkajs';
import { createCareCentresApp } from '../../apps/care-centres/src/care-centres.app.js';
import { readCareCentresConfig } from '../../apps/care-centres/src/care-centres.config.js';
import { createReceptionApp } from '../../apps/reception/src/reception.app.js';
import { readReceptionConfig } from '../../apps/reception/src/reception.config.js';
import { createSettlementApp } from '../../apps/settlement/src/settlement.app.js';
import { readSettlementConfig } from '../../apps/settlement/src/settlement.config.js';
import { waitUntil } from '../../infra/wait-until.js';
import { surge } from '../../tools/scenarios/reception-year.js';
import { consumerLag, runScenario } from '../../tools/scenarios/run-scenario.js';
import { EventSender } from '../support/event-sender.js';
import { IsolatedEnvironment } from '../support/isolated-environment.js';
import { TopicProbe } from '../support/topic-probe.js';

const SERVICES = {
  reception: { suffix: '_r', topics: [Topics.receptionCentres.name, Topics.settlementPersons.name] },
  settlement: {
    suffix: '_s',
    topics: [Topics.settlementNeed.name, Topics.settlementMunicipalities.name, Topics.settlementPersons.name],
  },
  'care-centres': {
    suffix: '_c',
    topics: [Topics.careCentres.name, Topics.careCentreHandovers.name, Topics.settlementPersons.name],
  },
} as const;

describe('a shortened surge across the three services', () => {
  const env = new IsolatedEnvironment('surge');
  const sender = new EventSender(env.kafka);
  const probe = new TopicProbe(env.kafka, [Topics.receptionEscalations.name]);
  const apps: ServiceApp[] = [];
  let admin: Admin;
  const schema = (service: keyof typeof SERVICES) => `"${env.schema}${SERVICES[service].suffix}"`;

  /** Everything sent is processed: every outbox sent, and every consumer group at the end of its topics. */
  const caughtUp = async () => {
    const settled = async () => {
      for (const service of Object.keys(SERVICES) as (keyof typeof SERVICES)[]) {
        const [row] = await env.query<{ count: string }>(
          `SELECT count(*) FROM ${schema(service)}.outbox WHERE published_at IS NULL`,
        );
        if (Number(row.count) > 0) return false;
        const topics = SERVICES[service].topics.map((topic) => `${env.topicPrefix}${topic}`);
        if ((await consumerLag(admin, `${env.topicPrefix}${service}`, topics)) > 0) return false;
      }
      return true;
    };
    // Twice in a row: an event processed just now may have written to an outbox that is about to be sent.
    await waitUntil('the services to catch up', async () => (await settled()) && (await settled()), {
      timeoutMs: 120000,
      intervalMs: 200,
    });
  };

  beforeAll(async () => {
    await env.createTopics();
    await Promise.all([sender.connect(), probe.start()]);
    admin = createKafka(env.kafka).admin();
    await admin.connect();
    apps.push(
      await createReceptionApp(readReceptionConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_r` }))),
    );
    apps.push(
      await createSettlementApp(readSettlementConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_s` }))),
    );
    apps.push(
      await createCareCentresApp(
        readCareCentresConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_c` })),
      ),
    );
  });

  afterAll(async () => {
    await Promise.all(apps.map(({ app }) => app.close()));
    await admin.disconnect();
    await Promise.all([sender.disconnect(), probe.stop()]);
    for (const { suffix } of Object.values(SERVICES))
      await env.query(`DROP SCHEMA IF EXISTS "${env.schema}${suffix}" CASCADE`);
    await env.dispose();
  });

  it('raises, resolves and recommends in order, and accounts for every person in exactly one place', async () => {
    const scenario = surge(0.01);
    const run = await runScenario(scenario, {
      send: (type, data) => sender.send(type, data).then(() => undefined),
      caughtUp,
    });
    expect(run.events).toBeGreaterThan(scenario.persons.length);
    await probe.drain();

    const national = probe.messages
      .map(
        (message) =>
          JSON.parse(message.value!) as { type: string; data: EscalationRaised | EscalationResolved },
      )
      .filter((event) => event.data.subject === 'national')
      .map(
        (event) =>
          `${event.type === ReceptionEventTypes.escalationRaised ? 'raised' : 'resolved'} ${event.data.rule}`,
      );
    const order = [
      'raised national-occupancy-high',
      'resolved national-occupancy-high',
      'raised use-below-steering-target',
    ];
    expect(order.map((step) => national.indexOf(step))).toEqual(
      [...order.map((step) => national.indexOf(step))].sort((a, b) => a - b),
    );
    expect(order.every((step) => national.includes(step))).toBe(true);
    const high = probe
      .events<EscalationRaised>(ReceptionEventTypes.escalationRaised)
      .find((e) => e.data.rule === 'national-occupancy-high')!;
    expect(high.data.facts.placesNeededForTargetOccupancy).toBeGreaterThan(0);

    const places = await env.query<{ person_id: string; places: string }>(
      `WITH everyone AS (SELECT unnest($1::text[]) AS person_id)
       SELECT e.person_id,
              (SELECT count(*) FROM ${schema('reception')}.stays s WHERE s.person_id = e.person_id AND s.departed_on IS NULL)
            + (SELECT count(*) FROM ${schema('reception')}.stays s WHERE s.person_id = e.person_id AND s.departure_reason = 'returned')
            + (SELECT count(*) FROM ${schema('care-centres')}.children c WHERE c.person_id = e.person_id AND c.left_care_on IS NULL)
            + (SELECT count(*) FROM ${schema('settlement')}.persons p WHERE p.person_id = e.person_id AND p.settled_on IS NOT NULL) AS places
       FROM everyone e`,
      [scenario.persons],
    );
    expect(places).toHaveLength(scenario.persons.length);
    expect(places.filter((person) => Number(person.places) !== 1)).toEqual([]);
  });
});
