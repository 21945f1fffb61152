import { receptionEventDefinitions, ReceptionEventTypes } from '#contracts';

import { buildEvent } from './event-factory.js';
import { EventValidator } from './event-validator.js';

const arrivalDefinition = receptionEventDefinitions.find(
  (d) => d.type === ReceptionEventTypes.arrivalRegistered,
)!;

describe('EventValidator', () => {
  const validator = new EventValidator();

  it('accepts a valid arrival and keys it by centre id', () => {
    const event = buildEvent('/test', arrivalDefinition, {
      personId: 'p-0001',
      centreId: 'C1',
      date: '2026-11-24',
    });
    const outcome = validator.parse(Buffer.from(JSON.stringify(event)));
    expect(outcome.valid).toBe(true);
    expect(event.subject).toBe('C1');
  });

  it('says why bytes that are not JSON are refused', () => {
    expect(validator.parse(Buffer.from('{oops'))).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/^not JSON/),
    });
  });

  it('names the missing field of a schema-invalid event', () => {
    const event = buildEvent('/test', arrivalDefinition, {
      personId: 'p-0001',
      centreId: 'C1',
      date: '2026-11-24',
    });
    const { date: _date, ...withoutDate } = event.data;
    const outcome = validator.validate({ ...event, data: withoutDate });
    expect(outcome).toEqual({
      valid: false,
      reason:
        'no.reception.arrival.registered.v1 data invalid: data must have required property \'date\' "date"',
    });
  });

  it('refuses a national identity number in place of a pseudonymous person id', () => {
    const event = buildEvent('/test', arrivalDefinition, {
      personId: '01017012345',
      centreId: 'C1',
      date: '2026-11-24',
    });
    expect(validator.validate(event)).toEqual({
      valid: false,
      reason:
        'no.reception.arrival.registered.v1 data invalid: data.personId must not be a national identity number',
    });
  });

  it('refuses an event type the contracts do not know', () => {
    const event = buildEvent('/test', arrivalDefinition, {
      personId: 'p-0001',
      centreId: 'C1',
      date: '2026-11-24',
    });
    expect(validator.validate({ ...event, type: 'no.reception.unknown.v1' })).toEqual({
      valid: false,
      reason: 'unknown event type "no.reception.unknown.v1"',
      unknownType: { ...event, type: 'no.reception.unknown.v1' },
    });
  });

  it('tells a newer version of a known type of the namespace from other unknown types', () => {
    const v2 = ReceptionEventTypes.arrivalRegistered.replace(/\.v1$/, '.v2');
    expect(validator.isNewerVersionOfKnownType(v2, 'no.reception.')).toBe(true);
    expect(validator.isNewerVersionOfKnownType(v2.replace(/\.v2$/, '.v7'), 'no.reception.')).toBe(true);
    // Another service's namespace, a type that was never known, a known type, and no version at all.
    expect(validator.isNewerVersionOfKnownType(v2, 'no.settlement.')).toBe(false);
    expect(validator.isNewerVersionOfKnownType('no.reception.centre.demolished.v1', 'no.reception.')).toBe(
      false,
    );
    expect(validator.isNewerVersionOfKnownType('no.reception.centre.demolished.v2', 'no.reception.')).toBe(
      false,
    );
    expect(validator.isNewerVersionOfKnownType(ReceptionEventTypes.arrivalRegistered, 'no.reception.')).toBe(
      false,
    );
    expect(validator.isNewerVersionOfKnownType('no.reception.arrival.registered', 'no.reception.')).toBe(
      false,
    );
  });

  it('refuses a known event type consumed from a topic it does not belong on, naming both topics', () => {
    const event = buildEvent('/test', arrivalDefinition, {
      personId: 'p-0001',
      centreId: 'C1',
      date: '2026-11-24',
    });
    const bytes = Buffer.from(JSON.stringify(event));
    expect(validator.parseOnTopic(bytes, 'reception.centres')).toMatchObject({ valid: true });
    expect(validator.parseOnTopic(bytes, 'settlement.persons')).toEqual({
      valid: false,
      reason: 'no.reception.arrival.registered.v1 belongs on topic reception.centres, not settlement.persons',
    });
  });
});
