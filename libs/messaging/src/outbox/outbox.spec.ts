import type { EntityManager } from 'typeorm';

import { ReceptionEventTypes } from '#contracts';

import { classifyFailure } from '../consumer/failure-classification.js';
import { EventValidator } from '../event-validator.js';
import { EventTooLargeError } from './event-too-large.error.js';
import { Outbox } from './outbox.js';

/** Remembers the statements it is given, as the caller's transaction would run them. */
function transaction(): { manager: EntityManager; statements: unknown[][] } {
  const statements: unknown[][] = [];
  const manager = {
    query: (sql: string, parameters: unknown[]) => {
      statements.push([sql, parameters]);
      return Promise.resolve([]);
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

const arrival = { personId: 'p-0001', centreId: 'C1', date: '2026-11-24' };

describe('Outbox.publish', () => {
  it('writes an event within the size limit to the outbox, as serialized', async () => {
    const { manager, statements } = transaction();
    const event = await new Outbox('/test', new EventValidator()).publish(
      manager,
      ReceptionEventTypes.arrivalRegistered,
      arrival,
    );
    expect(statements).toHaveLength(1);
    expect((statements[0][1] as unknown[])[4]).toBe(JSON.stringify(event));
  });

  it('refuses an event larger than the broker takes, before anything is written, as a permanent failure', async () => {
    const { manager, statements } = transaction();
    const outbox = new Outbox('/test', new EventValidator(), () => undefined, 200);
    const refusal = await outbox.publish(manager, ReceptionEventTypes.arrivalRegistered, arrival).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(refusal).toBeInstanceOf(EventTooLargeError);
    expect((refusal as Error).message).toMatch(
      /^The no\.reception\.arrival\.registered\.v1 event would be \d+ bytes, more than the 200 an event may have/,
    );
    expect(statements).toEqual([]);
    // The consumer dead-letters the event that led to it, with this reason, instead of retrying it.
    expect(classifyFailure(refusal)).toBe('permanent');
  });
});
