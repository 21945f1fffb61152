import type { EntityManager } from 'typeorm';

import type { PersonReady } from '#contracts';
import { ConflictError, RejectedError } from '#domain';

import type { PersonRecord } from '../people.repository.js';
import { RecordReadyPerson } from './record-ready-person.js';

const TRANSACTION = {} as EntityManager;

const ready = (extra: Partial<PersonReady> = {}): PersonReady => ({
  personId: 'p-1',
  householdId: 'h-1',
  householdSize: 1,
  permitDate: '2026-01-10',
  unaccompaniedMinor: false,
  ageBand: 'adult',
  familyWithChildren: false,
  needs: [],
  readyOn: '2026-02-01',
  ...extra,
});

describe('RecordReadyPerson', () => {
  let people: Map<string, PersonRecord>;
  let checked: { householdId: string; asOf: string }[];
  let record: RecordReadyPerson;

  beforeEach(() => {
    people = new Map();
    checked = [];
    record = new RecordReadyPerson(
      {
        get: (personId) => Promise.resolve(people.get(personId)),
        upsertReady: (_transaction, person, resettlementRefugee = false) => {
          people.set(person.personId, { ...person, resettlementRefugee, settledIn: null, settledOn: null });
          return Promise.resolve();
        },
      },
      {
        execute: (_transaction, householdId, asOf) => {
          checked.push({ householdId, asOf });
          return Promise.resolve({ raised: 0, resolved: 0 });
        },
      },
    );
  });

  it("keeps the person, the latest report winning, and checks the household's case as of the day ready", async () => {
    await record.execute(TRANSACTION, ready());
    await record.execute(TRANSACTION, ready({ needs: ['health-services'], readyOn: '2026-02-03' }));
    expect(people.get('p-1')).toMatchObject({ needs: ['health-services'], readyOn: '2026-02-03' });
    expect(checked).toEqual([
      { householdId: 'h-1', asOf: '2026-02-01' },
      { householdId: 'h-1', asOf: '2026-02-03' },
    ]);
  });

  it('records a resettlement refugee as one, waiting from the entry permit', async () => {
    await record.execute(TRANSACTION, ready({ permitDate: '2026-03-01', readyOn: '2026-03-05' }), true);
    expect(people.get('p-1')).toMatchObject({ resettlementRefugee: true, permitDate: '2026-03-01' });
    expect(checked).toEqual([{ householdId: 'h-1', asOf: '2026-03-05' }]);
  });

  it('refuses a person ready before the permit was granted, naming the field', async () => {
    const early = record.execute(TRANSACTION, ready({ readyOn: '2026-01-09' }));
    await expect(early).rejects.toThrow(RejectedError);
    await expect(early).rejects.toMatchObject({ field: 'readyOn' });
    expect(people.size).toBe(0);
  });

  it('refuses a person already settled as a conflict', async () => {
    people.set('p-1', { ...ready(), resettlementRefugee: false, settledIn: '0301', settledOn: '2026-03-01' });
    await expect(record.execute(TRANSACTION, ready())).rejects.toThrow(ConflictError);
    expect(people.get('p-1')?.settledOn).toBe('2026-03-01');
    expect(checked).toEqual([]);
  });
});
