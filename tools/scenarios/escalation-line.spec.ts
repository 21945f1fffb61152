import { readFileSync } from 'node:fs';

import { escalationLine } from './escalation-line.js';

const example = (type: string) => readFileSync(`examples/${type}.json`, 'utf8');

describe('escalationLine', () => {
  it('names the kind, rule, subject and severity of a raised escalation', () => {
    expect(escalationLine(example('no.reception.escalation.raised.v1'))).toBe(
      'raised   national-occupancy-high on national (high)',
    );
  });

  it('names the subject of a resolved escalation, which has no severity', () => {
    expect(escalationLine(example('no.care-centres.escalation.resolved.v1'))).toBe(
      'resolved care-places-nearly-full on national',
    );
  });

  it("takes the subject from the data when the event's own is missing", () => {
    const event = JSON.parse(example('no.settlement.escalation.raised.v1')) as Record<string, unknown>;
    delete event.subject;
    expect(escalationLine(JSON.stringify(event))).toContain(' on national ');
  });

  it('says so for a message that is not JSON', () => {
    expect(escalationLine('not json')).toBe('(a message that is not JSON)');
  });
});
