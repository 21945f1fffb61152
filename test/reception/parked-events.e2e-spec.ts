import { eventDefinitionOf, ReceptionEventTypes, Topics } from '#contracts';
import { buildEvent } from '#messaging';

import { ServiceHarness } from '../support/service-harness.js';

const centres = Topics.receptionCentres.name;
const arrivalV2 = ReceptionEventTypes.arrivalRegistered.replace(/\.v1$/, '.v2');

describe('events of a newer release during a rolling deploy', () => {
  const harness = new ServiceHarness('parked');
  const reception = harness.service('reception');
  const stayOf = async (personId: string) =>
    reception.query<{ centre_id: string }>('SELECT centre_id FROM stays WHERE person_id = $1', [personId]);

  beforeAll(async () => {
    await harness.start({ reception: {} });
    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'PARK-1',
      hostMunicipalityNumber: '0301',
      type: 'ordinary',
      fixedPlaces: 50,
    });
  });

  afterAll(() => harness.stop());

  it('parks a newer version of its own event type, and dead-letters unknown types of other namespaces', async () => {
    const v1 = buildEvent('/e2e-tests', eventDefinitionOf(ReceptionEventTypes.arrivalRegistered)!, {
      personId: 'p-parked-0001',
      centreId: 'PARK-1',
      date: '2026-11-20',
    });
    const v2 = { ...v1, id: '0b6f3d1e-7f53-4a51-9d53-5d0f2b9c2a01', type: arrivalV2 };
    const foreign = {
      ...v1,
      id: '0b6f3d1e-7f53-4a51-9d53-5d0f2b9c2a02',
      type: 'no.settlement.arrival.registered.v2',
    };
    const v2WithIdentityNumber = {
      ...v1,
      id: '0b6f3d1e-7f53-4a51-9d53-5d0f2b9c2a03',
      type: arrivalV2,
      data: { ...v1.data, personId: '01017012345' },
    };
    await harness.sender.sendRaw(centres, 'PARK-1', JSON.stringify(v2));
    await harness.sender.sendRaw(centres, 'PARK-1', JSON.stringify(foreign));
    await harness.sender.sendRaw(centres, 'PARK-1', JSON.stringify(v2WithIdentityNumber));
    await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-parked-0002',
      centreId: 'PARK-1',
      date: '2026-11-20',
    });
    await harness.waitForConsumed();

    const parked = await reception.query<{
      event_id: string;
      event_type: string;
      reason: string;
      value: string;
    }>('SELECT event_id, event_type, reason, value FROM parked_events');
    expect(parked).toEqual([
      {
        event_id: v2.id,
        event_type: arrivalV2,
        reason: `unknown event type "${arrivalV2}"`,
        value: JSON.stringify(v2),
      },
    ]);
    const letters = harness.probe.on(`${centres}.dlq`);
    expect(letters.map((letter) => letter.headers['dlq-reason'])).toEqual([
      'unknown event type "no.settlement.arrival.registered.v2"',
      `unknown event type "${arrivalV2}": not parked, it holds an 11-digit number`,
    ]);
    // Not kept in our tables; in the dead letter, the number is replaced by the marker.
    expect(letters[1].value).not.toContain('01017012345');
    expect(letters[1].value).toContain('redacted-national-id');
    // The consumer went on: the event after them is applied.
    expect(await stayOf('p-parked-0002')).toEqual([{ centre_id: 'PARK-1' }]);
  });

  it('applies parked events of a type it now knows when it starts, once, through validation and idempotency', async () => {
    // As an older release parked them: a v1 arrival it did not know yet, one already applied since, and one
    // that turns out invalid under the schema.
    const park = (event: { id: string; type: string; source: string }, offset: number) =>
      reception.query(
        `INSERT INTO parked_events (consumer_group, event_source, event_id, event_type, topic, partition,
                                    message_offset, message_key, value, reason, kind)
         VALUES ($1, $2, $3, $4, $5, 0, $6, 'PARK-1', $7, 'unknown event type', 'newer-version')`,
        [
          reception.groupId,
          event.source,
          event.id,
          event.type,
          centres,
          String(offset),
          JSON.stringify(event),
        ],
      );
    const definition = eventDefinitionOf(ReceptionEventTypes.arrivalRegistered)!;
    const fresh = buildEvent('/e2e-tests', definition, {
      personId: 'p-parked-0003',
      centreId: 'PARK-1',
      date: '2026-11-21',
    });
    const applied = harness.sender.sent.find(
      (event) => event.type === ReceptionEventTypes.arrivalRegistered,
    )!;
    const invalid = { ...fresh, id: '0b6f3d1e-7f53-4a51-9d53-5d0f2b9c2a03', data: { centreId: 'PARK-1' } };
    await park(fresh, 1001);
    await park(applied, 1002);
    await park(invalid, 1003);
    const residentsBefore = await reception.query<{ residents: number }>(
      `SELECT residents FROM occupancy_counters WHERE subject = 'centre:PARK-1'`,
    );

    await reception.stop();
    await reception.start();
    await harness.waitForConsumed();

    expect(await stayOf('p-parked-0003')).toEqual([{ centre_id: 'PARK-1' }]);
    const [residentsAfter] = await reception.query<{ residents: number }>(
      `SELECT residents FROM occupancy_counters WHERE subject = 'centre:PARK-1'`,
    );
    expect(Number(residentsAfter.residents)).toBe(Number(residentsBefore[0].residents) + 1);
    const left = await reception.query<{ event_type: string }>('SELECT event_type FROM parked_events');
    expect(left).toEqual([{ event_type: arrivalV2 }]);
    const reasons = harness.probe.on(`${centres}.dlq`).map((letter) => letter.headers['dlq-reason']);
    expect(reasons).toHaveLength(3); // the two of the test before, and the invalid one applied now
    expect(reasons[2]).toMatch(/data invalid.*personId/);
  });
});
