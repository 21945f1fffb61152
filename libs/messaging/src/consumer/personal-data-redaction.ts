import { createHmac } from 'node:crypto';

import type { IHeaders } from 'kafkajs';

/**
 * Eleven digits standing alone: the shape of a Norwegian national identity number (fødselsnummer, D-number).
 * Person ids are pseudonymous, and the contracts refuse any eleven-digit id for the same reason; an event refused
 * for carrying one must not keep it in the dead-letter topic. Checksums are not tested on purpose: a mistyped
 * number is still a person's number.
 */
const NATIONAL_IDENTITY_NUMBER = /(?<![0-9])[0-9]{11}(?![0-9])/g;

export const REDACTION_MARKER = 'redacted-national-id';

export interface Redacted<T> {
  value: T;
  /** How many numbers were replaced. */
  count: number;
}

/**
 * The marker that replaces a number: with a key, a keyed hash of it follows, so an operator holding the key can
 * tell whether two dead letters were about the same number without the number being stored anywhere.
 */
export function markerOf(number: string, hashKey?: string): string {
  if (!hashKey) return REDACTION_MARKER;
  const hash = createHmac('sha256', hashKey).update(number).digest('hex').slice(0, 16);
  return `${REDACTION_MARKER}:${hash}`;
}

export function redactText(text: string, hashKey?: string): Redacted<string> {
  let count = 0;
  const value = text.replace(NATIONAL_IDENTITY_NUMBER, (number) => {
    count += 1;
    return markerOf(number, hashKey);
  });
  return { value, count };
}

export function redactBytes(bytes: Buffer | null, hashKey?: string): Redacted<Buffer | null> {
  if (bytes === null) return { value: null, count: 0 };
  // latin1 maps every byte to one character and back, so bytes that are not UTF-8 survive untouched
  const { value, count } = redactText(bytes.toString('latin1'), hashKey);
  return { value: count === 0 ? bytes : Buffer.from(value, 'latin1'), count };
}

export function redactHeaders(headers: IHeaders, hashKey?: string): Redacted<IHeaders> {
  let count = 0;
  const redactOne = (header: Buffer | string): Buffer | string => {
    const redacted = typeof header === 'string' ? redactText(header, hashKey) : redactBytes(header, hashKey);
    count += redacted.count;
    return redacted.value ?? header;
  };
  const value: IHeaders = {};
  for (const [name, header] of Object.entries(headers)) {
    if (header === undefined) continue;
    value[name] = Array.isArray(header) ? header.map(redactOne) : redactOne(header);
  }
  return { value, count };
}
