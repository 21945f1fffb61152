import type { PersonSettled } from '#contracts';
import { ConflictError, NotFoundError } from '#domain';

import { InMemoryPeople, personRecord } from '../../testing/in-memory-people.js';
import { InMemoryPlacements } from '../../testing/in-memory-placements.js';
import { TRANSACTION } from '../../testing/stand-ins.js';
import { RecordSettlement } from './record-settlement.js';

describe('RecordSettlement', () => {
  let people: InMemoryPeople;
  let placements: InMemoryPlacements;
  let checked: { householdId: string; asOf: string }[];
  let record: RecordSettlement;
  const settled = (personId: string, extra: Partial<PersonSettled> = {}): PersonSettled => ({
    personId,
    municipalityNumber: '0301',
    settledOn: '2026-07-23',
    ...extra,
  });
  const place = (householdId: string) =>
    placements.add(TRANSACTION, {
      householdId,
      municipalityNumber: '0301',
      year: 2026,
      topSuggestion: '0301',
      rank: 1,
      reason: null,
      chosenBy: 'cw 17',
    });

  beforeEach(() => {
    people = new InMemoryPeople([
      personRecord('p-1'),
      personRecord('p-2', { householdId: 'h-family' }),
      personRecord('p-3', { householdId: 'h-family' }),
    ]);
    placements = new InMemoryPlacements();
    checked = [];
    record = new RecordSettlement(
      people,
      { exists: (number) => Promise.resolve(['0301', '4601'].includes(number)) },
      placements,
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
    expect(people.rows.get('p-1')).toMatchObject({ settledIn: '0301', settledOn: '2026-07-23' });
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
    expect(people.rows.get('p-1')?.settledIn).toBe('0301');
  });

  it('refuses a person never reported ready, and a municipality that does not exist, as not found', async () => {
    const unknownPerson = record.execute(TRANSACTION, settled('p-unknown'));
    await expect(unknownPerson).rejects.toThrow(NotFoundError);
    await expect(unknownPerson).rejects.toMatchObject({ field: 'personId' });
    const unknownMunicipality = record.execute(TRANSACTION, settled('p-1', { municipalityNumber: '9999' }));
    await expect(unknownMunicipality).rejects.toThrow(NotFoundError);
    await expect(unknownMunicipality).rejects.toMatchObject({ field: 'municipalityNumber' });
    expect(people.rows.get('p-1')?.settledOn).toBeNull();
    expect(checked).toEqual([]);
  });

  it("closes the household's open placement as settled once nobody in it waits, not before", async () => {
    const placement = await place('h-family');
    await record.execute(TRANSACTION, settled('p-2'));
    expect((await placements.get(placement.placementId))?.status).toBe('open');
    await record.execute(TRANSACTION, settled('p-3', { settledOn: '2026-07-24' }));
    expect((await placements.get(placement.placementId))?.status).toBe('settled');
  });
});
