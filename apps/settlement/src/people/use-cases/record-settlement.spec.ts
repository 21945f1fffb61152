import type { EntityManager } from 'typeorm';

import type { PersonSettled } from '#contracts';
import { ConflictError, NotFoundError } from '#domain';

import type { PersonRecord } from '../people.repository.js';
import { RecordSettlement } from './record-settlement.js';

const TRANSACTION = {} as EntityManager;

const person = (personId: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  personId,
  householdId: `h-${personId}`,
  householdSize: 1,
  permitDate: '2026-01-10',
  unaccompaniedMinor: false,
  ageBand: 'adult',
  familyWithChildren: false,
  needs: [],
  readyOn: '2026-02-01',
  settledIn: null,
  settledOn: null,
  ...extra,
});

describe('RecordSettlement', () => {
  let people: Map<string, PersonRecord>;
  let checked: { householdId: string; asOf: string }[];
  let record: RecordSettlement;
  const settled = (personId: string, extra: Partial<PersonSettled> = {}): PersonSettled => ({
    personId,
    municipalityNumber: '0301',
    settledOn: '2026-07-23',
    ...extra,
  });

  beforeEach(() => {
    people = new Map([['p-1', person('p-1')]]);
    checked = [];
    record = new RecordSettlement(
      {
        get: (personId) => Promise.resolve(people.get(personId)),
        settle: (_transaction, personId, settledIn, settledOn) => {
          people.set(personId, { ...people.get(personId)!, settledIn, settledOn });
          return Promise.resolve();
        },
      },
      { exists: (number) => Promise.resolve(['0301', '4601'].includes(number)) },
      {
        execute: (_transaction, householdId, asOf) => {
          checked.push({ householdId, asOf });
          return Promise.resolve({ raised: 0, resolved: 0 });
        },
      },
    );
  });

  it("settles the person and checks the household's case as of the day of the settlement", async () => {
    await record.execute(TRANSACTION, settled('p-1'));
    expect(people.get('p-1')).toMatchObject({ settledIn: '0301', settledOn: '2026-07-23' });
    expect(checked).toEqual([{ householdId: 'h-p-1', asOf: '2026-07-23' }]);
  });

  it('changes nothing when the same settlement comes again', async () => {
    await record.execute(TRANSACTION, settled('p-1'));
    await record.execute(TRANSACTION, settled('p-1'));
    expect(checked).toHaveLength(1);
  });

  it('refuses a second, different settlement as a conflict', async () => {
    await record.execute(TRANSACTION, settled('p-1'));
    const again = record.execute(TRANSACTION, settled('p-1', { municipalityNumber: '4601' }));
    await expect(again).rejects.toThrow(ConflictError);
    await expect(again).rejects.toThrow('the person was already settled in 0301 on 2026-07-23');
    expect(people.get('p-1')?.settledIn).toBe('0301');
  });

  it('refuses a person never reported ready, and a municipality that does not exist, as not found', async () => {
    const unknownPerson = record.execute(TRANSACTION, settled('p-unknown'));
    await expect(unknownPerson).rejects.toThrow(NotFoundError);
    await expect(unknownPerson).rejects.toMatchObject({ field: 'personId' });
    const unknownMunicipality = record.execute(TRANSACTION, settled('p-1', { municipalityNumber: '9999' }));
    await expect(unknownMunicipality).rejects.toThrow(NotFoundError);
    await expect(unknownMunicipality).rejects.toMatchObject({ field: 'municipalityNumber' });
    expect(people.get('p-1')?.settledOn).toBeNull();
    expect(checked).toEqual([]);
  });
});
