import { createHmac } from 'node:crypto';

import {
  markerOf,
  redactBytes,
  redactHeaders,
  REDACTION_MARKER,
  redactText,
} from './personal-data-redaction.js';

describe('personal data redaction for dead letters', () => {
  const event = '{"data":{"personId":"01017012345","centreId":"BRG-1","places":12345678901234}}';

  it('replaces every eleven-digit number standing alone by the marker, and counts them', () => {
    const { value, count } = redactText(`${event} and again 01017012345, and 24128912345`);
    expect(count).toBe(3);
    expect(value).not.toMatch(/(?<![0-9])[0-9]{11}(?![0-9])/);
    expect(value).toContain(`"personId":"${REDACTION_MARKER}"`);
    expect(value).toContain('"places":12345678901234'); // longer numbers are not identity numbers
  });

  it('follows the marker with a keyed hash when a key is given, the same for the same number', () => {
    const key = 'a-dead-letter-hash-key';
    const expected = createHmac('sha256', key).update('01017012345').digest('hex').slice(0, 16);
    expect(markerOf('01017012345', key)).toBe(`${REDACTION_MARKER}:${expected}`);
    const { value } = redactText('01017012345 01017012345 24128912345', key);
    const [first, second, third] = value.split(' ');
    expect(first).toBe(second);
    expect(third).not.toBe(first);
  });

  it('leaves text without such numbers as it is', () => {
    expect(redactText('p-0001 at 2026-11-02, 0301, 46, 1234567890')).toEqual({
      value: 'p-0001 at 2026-11-02, 0301, 46, 1234567890',
      count: 0,
    });
  });

  it('keeps bytes that are not UTF-8 byte for byte around the marker', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' 01017012345 '),
      Buffer.from([0x80]),
    ]);
    const { value, count } = redactBytes(bytes);
    expect(count).toBe(1);
    expect(value).toEqual(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(` ${REDACTION_MARKER} `), Buffer.from([0x80])]),
    );
    const untouched = Buffer.from('no numbers');
    expect(redactBytes(untouched).value).toBe(untouched);
    expect(redactBytes(null)).toEqual({ value: null, count: 0 });
  });

  it('redacts header values, strings, buffers and lists alike', () => {
    const { value, count } = redactHeaders({
      'ce-subject': '01017012345',
      trace: Buffer.from('x-01017012345'),
      many: ['24128912345', Buffer.from('fine')],
      absent: undefined,
    });
    expect(count).toBe(3);
    expect(value['ce-subject']).toBe(REDACTION_MARKER);
    expect(String(value.trace)).toBe(`x-${REDACTION_MARKER}`);
    expect((value.many as (string | Buffer)[]).map(String)).toEqual([REDACTION_MARKER, 'fine']);
    expect(value).not.toHaveProperty('absent');
  });
});
