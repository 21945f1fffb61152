import type { ResettlementSelected } from '#contracts';
import { ConflictError, NotFoundError, RejectedError } from '#domain';

import { RecordReadyPerson } from '../../people/use-cases/record-ready-person.js';
import { RecordSettlement } from '../../people/use-cases/record-settlement.js';
import { InMemoryPeople } from '../../testing/in-memory-people.js';
import { InMemoryPlacements } from '../../testing/in-memory-placements.js';
import { InMemoryResettlement } from '../../testing/in-memory-resettlement.js';
import { TRANSACTION } from '../../testing/stand-ins.js';
import { HandOverWhenReady } from './hand-over-when-ready.js';
import { RecordArrival } from './record-arrival.js';
import { RecordEntryPermit } from './record-entry-permit.js';
import { RecordMapping } from './record-mapping.js';
import { RecordSelection } from './record-selection.js';

const selected = (personId: string, extra: Partial<ResettlementSelected> = {}): ResettlementSelected => ({
  personId,
  householdId: 'h-quota',
  householdSize: 2,
  quotaYear: 2026,
  unaccompaniedMinor: false,
  ageBand: 'adult',
  familyWithChildren: true,
  selectedOn: '2026-02-10',
  ...extra,
});

describe('resettlement refugees from selection to arrival', () => {
  let resettlement: InMemoryResettlement;
  let people: InMemoryPeople;
  let placements: InMemoryPlacements;
  let checked: { householdId: string; asOf: string }[];
  let select: RecordSelection;
  let permit: RecordEntryPermit;
  let map: RecordMapping;
  let arrive: RecordArrival;

  beforeEach(() => {
    resettlement = new InMemoryResettlement();
    people = new InMemoryPeople();
    placements = new InMemoryPlacements();
    checked = [];
    const household = {
      execute: (_transaction: unknown, householdId: string, asOf: string) => {
        checked.push({ householdId, asOf });
        return Promise.resolve({ raised: 0, resolved: 0 });
      },
    };
    const handOver = new HandOverWhenReady(resettlement, new RecordReadyPerson(people, household));
    select = new RecordSelection(resettlement, handOver);
    permit = new RecordEntryPermit(resettlement, handOver);
    map = new RecordMapping(resettlement, handOver);
    const settlement = new RecordSettlement(
      people,
      { exists: (number) => Promise.resolve(['5001', '1103'].includes(number)) },
      placements,
      household,
    );
    arrive = new RecordArrival(resettlement, placements, settlement);
  });

  const matchTo = (municipalityNumber: string) =>
    placements.add(TRANSACTION, {
      householdId: 'h-quota',
      municipalityNumber,
      year: 2026,
      topSuggestion: municipalityNumber,
      rank: 1,
      reason: null,
      chosenBy: 'cw 17',
    });

  it('waits for settlement from the entry permit once permitted and mapped, in either order', async () => {
    await select.execute(TRANSACTION, selected('q-1'));
    await select.execute(TRANSACTION, selected('q-2'));
    await permit.execute(TRANSACTION, { personId: 'q-1', permitDate: '2026-03-01' });
    expect(people.rows.size).toBe(0); // permitted, not yet mapped
    await map.execute(TRANSACTION, { personId: 'q-1', needs: ['health-services'], mappedOn: '2026-03-20' });
    await map.execute(TRANSACTION, { personId: 'q-2', needs: [], mappedOn: '2026-02-20' });
    await permit.execute(TRANSACTION, { personId: 'q-2', permitDate: '2026-03-01' });
    expect(people.rows.get('q-1')).toMatchObject({
      householdId: 'h-quota',
      permitDate: '2026-03-01',
      readyOn: '2026-03-20',
      needs: ['health-services'],
      familyWithChildren: true,
      resettlementRefugee: true,
    });
    // Mapped before the permit: ready on the day of the permit.
    expect(people.rows.get('q-2')).toMatchObject({ permitDate: '2026-03-01', readyOn: '2026-03-01' });
    expect(checked).toEqual([
      { householdId: 'h-quota', asOf: '2026-03-20' },
      { householdId: 'h-quota', asOf: '2026-03-01' },
    ]);
    expect(await resettlement.quotaProgress(2026)).toEqual({
      quotaYear: 2026,
      selected: 2,
      withEntryPermit: 2,
      mapped: 2,
      arrived: 0,
    });
  });

  it('refuses steps for someone never selected as not found, and an entry permit before the selection', async () => {
    const unknown = permit.execute(TRANSACTION, { personId: 'q-9', permitDate: '2026-03-01' });
    await expect(unknown).rejects.toThrow(NotFoundError);
    await expect(unknown).rejects.toMatchObject({ field: 'personId' });
    await expect(
      map.execute(TRANSACTION, { personId: 'q-9', needs: [], mappedOn: '2026-03-01' }),
    ).rejects.toThrow(NotFoundError);
    await select.execute(TRANSACTION, selected('q-1'));
    const early = permit.execute(TRANSACTION, { personId: 'q-1', permitDate: '2026-02-01' });
    await expect(early).rejects.toThrow(RejectedError);
    await expect(early).rejects.toMatchObject({ field: 'permitDate' });
  });

  describe('arrival', () => {
    beforeEach(async () => {
      for (const personId of ['q-1', 'q-2']) {
        await select.execute(TRANSACTION, selected(personId));
        await permit.execute(TRANSACTION, { personId, permitDate: '2026-03-01' });
        await map.execute(TRANSACTION, { personId, needs: [], mappedOn: '2026-03-10' });
      }
    });

    it('settles the person in the municipality matched on the day of arrival, and the match once all arrived', async () => {
      const match = await matchTo('5001');
      await arrive.execute(TRANSACTION, {
        personId: 'q-1',
        municipalityNumber: '5001',
        arrivedOn: '2026-06-02',
      });
      expect(people.rows.get('q-1')).toMatchObject({ settledIn: '5001', settledOn: '2026-06-02' });
      expect((await placements.get(match.placementId))?.status).toBe('open');
      await arrive.execute(TRANSACTION, {
        personId: 'q-2',
        municipalityNumber: '5001',
        arrivedOn: '2026-06-02',
      });
      expect((await placements.get(match.placementId))?.status).toBe('settled');
      expect((await resettlement.quotaProgress(2026)).arrived).toBe(2);
      // The same arrival again changes nothing.
      await arrive.execute(TRANSACTION, {
        personId: 'q-1',
        municipalityNumber: '5001',
        arrivedOn: '2026-06-02',
      });
      expect(people.rows.get('q-1')?.settledOn).toBe('2026-06-02');
    });

    it('refuses an arrival without a match, or in another municipality than the one matched, as a conflict', async () => {
      const unmatched = arrive.execute(TRANSACTION, {
        personId: 'q-1',
        municipalityNumber: '5001',
        arrivedOn: '2026-06-02',
      });
      await expect(unmatched).rejects.toThrow(ConflictError);
      await expect(unmatched).rejects.toThrow(
        'household h-quota was not matched to a municipality before arrival',
      );
      await matchTo('5001');
      const elsewhere = arrive.execute(TRANSACTION, {
        personId: 'q-1',
        municipalityNumber: '1103',
        arrivedOn: '2026-06-02',
      });
      await expect(elsewhere).rejects.toThrow(ConflictError);
      await expect(elsewhere).rejects.toMatchObject({ field: 'municipalityNumber' });
      expect(people.rows.get('q-1')?.settledOn).toBeNull();
    });

    it('refuses an arrival before the entry permit, and a second, different arrival', async () => {
      await matchTo('5001');
      const early = arrive.execute(TRANSACTION, {
        personId: 'q-1',
        municipalityNumber: '5001',
        arrivedOn: '2026-02-28',
      });
      await expect(early).rejects.toThrow(RejectedError);
      await expect(early).rejects.toMatchObject({ field: 'arrivedOn' });
      await arrive.execute(TRANSACTION, {
        personId: 'q-1',
        municipalityNumber: '5001',
        arrivedOn: '2026-06-02',
      });
      const again = arrive.execute(TRANSACTION, {
        personId: 'q-1',
        municipalityNumber: '5001',
        arrivedOn: '2026-06-03',
      });
      await expect(again).rejects.toThrow(ConflictError);
      await expect(
        map.execute(TRANSACTION, { personId: 'q-1', needs: [], mappedOn: '2026-06-05' }),
      ).rejects.toThrow(ConflictError);
    });

    it('refuses an arrival of someone selected but not yet permitted or mapped', async () => {
      await select.execute(TRANSACTION, selected('q-3'));
      await matchTo('5001');
      const unpermitted = arrive.execute(TRANSACTION, {
        personId: 'q-3',
        municipalityNumber: '5001',
        arrivedOn: '2026-06-02',
      });
      await expect(unpermitted).rejects.toThrow('arrived without an entry permit');
      await permit.execute(TRANSACTION, { personId: 'q-3', permitDate: '2026-03-01' });
      await expect(
        arrive.execute(TRANSACTION, { personId: 'q-3', municipalityNumber: '5001', arrivedOn: '2026-06-02' }),
      ).rejects.toThrow('arrived without having been mapped');
    });
  });
});
