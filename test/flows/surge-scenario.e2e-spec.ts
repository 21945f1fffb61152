import { type EscalationRaised, type EscalationResolved, ReceptionEventTypes, Topics } from '#contracts';

import { surge } from '../../tools/scenarios/reception-year.js';
import { runScenario } from '../../tools/scenarios/run-scenario.js';
import { ServiceHarness, type ServiceName } from '../support/service-harness.js';

describe('a shortened surge across the three services', () => {
  const harness = new ServiceHarness('surge');
  const { sender, probe } = harness;
  const schema = (service: ServiceName) => `"${harness.service(service).schema}"`;

  beforeAll(() => harness.start({ reception: {}, settlement: {}, 'care-centres': {} }));
  afterAll(() => harness.stop());

  it('raises, resolves and recommends in order, and accounts for every person in exactly one place', async () => {
    const scenario = surge(0.01);
    const run = await runScenario(scenario, {
      send: (type, data) => sender.send(type, data).then(() => undefined),
      caughtUp: () => harness.waitForConsumed(120000),
    });
    expect(run.events).toBeGreaterThan(scenario.persons.length);

    const national = probe
      .on(Topics.receptionEscalations.name)
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

    const places = await harness.env.query<{ person_id: string; places: string }>(
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
