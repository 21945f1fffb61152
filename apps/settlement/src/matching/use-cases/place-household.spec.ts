import { ResettlementEventTypes } from '#contracts';
import { ConflictError, NotFoundError, RejectedError } from '#domain';

import { InMemoryPlacements } from '../../testing/in-memory-placements.js';
import {
  CASEWORKER,
  ImmediateTransactions,
  RecordedAudit,
  RecordedEvents,
  TRANSACTION,
} from '../../testing/stand-ins.js';
import { PlaceHousehold } from './place-household.js';
import type { SuggestionsWithExclusions } from './suggest-municipalities.js';

const suggestion = (rank: number, municipalityNumber: string) => ({
  rank,
  municipalityNumber,
  municipalityName: municipalityNumber,
  points: 10 - rank,
  freeCapacity: 10,
  freeEmCapacity: 0,
  reasons: [],
});

/**
 * Two municipalities with room for the household, 5001 first; 3403 has no health services and 1804 no decision
 * (hard constraints); 9999 does not exist.
 */
const ranking = (resettlementRefugees = 0): SuggestionsWithExclusions => ({
  household: {
    householdId: 'h-1',
    persons: 2,
    unaccompaniedMinors: 0,
    familyWithChildren: true,
    resettlementRefugees,
    needs: ['health-services'],
  },
  suggestions: [suggestion(1, '5001'), suggestion(2, '1103')],
  excluded: { 'no health services': 1, 'no decision to settle this year': 1 },
  constraintExcluding: new Map([
    ['3403', 'no health services'],
    ['1804', 'no decision to settle this year'],
  ]),
});
const MUNICIPALITIES = new Set(['5001', '1103', '3403', '1804']);

describe('PlaceHousehold', () => {
  let placements: InMemoryPlacements;
  let events: RecordedEvents;
  let audit: RecordedAudit;
  let transactions: ImmediateTransactions;
  let resettlementRefugees: number;
  let asked: { householdId: string; asOf?: string }[];
  let place: PlaceHousehold;

  beforeEach(() => {
    placements = new InMemoryPlacements();
    events = new RecordedEvents();
    audit = new RecordedAudit();
    transactions = new ImmediateTransactions();
    resettlementRefugees = 0;
    asked = [];
    place = new PlaceHousehold(
      {
        rank: (householdId, asOf, transaction) => {
          asked.push({ householdId, asOf });
          expect(transaction).toBe(TRANSACTION);
          if (householdId !== 'h-1')
            return Promise.reject(new NotFoundError(`No one in household ${householdId}`, 'householdId'));
          return Promise.resolve(ranking(resettlementRefugees));
        },
      },
      { exists: (number) => Promise.resolve(MUNICIPALITIES.has(number)) },
      placements,
      events,
      transactions,
      audit,
    );
  });

  it('records the top suggestion without a reason, against the ranking of the day, reserving in its year', async () => {
    const placement = await place.execute(
      'h-1',
      { municipalityNumber: '5001', chosenBy: 'cw 17', actor: CASEWORKER },
      '2026-11-24',
    );
    expect(placement).toMatchObject({
      municipalityNumber: '5001',
      year: 2026,
      topSuggestion: '5001',
      rank: 1,
      reason: null,
      status: 'open',
    });
    expect(asked).toEqual([{ householdId: 'h-1', asOf: '2026-11-24' }]);
    expect({ transactions: transactions.opened, locks: placements.locks }).toEqual({
      transactions: 1,
      locks: 1,
    });
    expect(events.published).toEqual([]);
    expect(audit.entries).toEqual([
      {
        actor: CASEWORKER,
        action: 'placement.made',
        target: 'household:h-1',
        reason: null,
        details: { placementId: placement.placementId, municipalityNumber: '5001', asOf: '2026-11-24' },
        withTransaction: true,
      },
    ]);
  });

  it('needs a reason for any other choice, and names the field', async () => {
    const refused = place.execute('h-1', {
      municipalityNumber: '1103',
      chosenBy: 'cw 17',
      actor: CASEWORKER,
      reason: '  ',
    });
    await expect(refused).rejects.toThrow(RejectedError);
    await expect(refused).rejects.toMatchObject({
      field: 'reason',
      message: 'reason is required: 1103 is not the top suggestion (5001)',
    });
    expect(placements.rows).toEqual([]);

    const placement = await place.execute('h-1', {
      municipalityNumber: '1103',
      chosenBy: 'cw 17',
      actor: CASEWORKER,
      reason: ' relatives live there ',
    });
    expect(placement).toMatchObject({ topSuggestion: '5001', rank: 2, reason: 'relatives live there' });
  });

  it('refuses a municipality a hard constraint excludes, naming the constraint, whatever the reason', async () => {
    for (const [municipalityNumber, constraint] of [
      ['3403', 'no health services'],
      ['1804', 'no decision to settle this year'],
    ]) {
      for (const reason of [undefined, 'the family asked for it']) {
        const refused = place.execute('h-1', {
          municipalityNumber,
          chosenBy: 'cw 17',
          actor: CASEWORKER,
          reason,
        });
        await expect(refused).rejects.toThrow(RejectedError);
        await expect(refused).rejects.toMatchObject({
          field: 'municipalityNumber',
          message: `${municipalityNumber} is excluded by a hard constraint (${constraint}), which no reason overrides`,
        });
      }
    }
    expect(placements.rows).toEqual([]);
  });

  it('refuses a municipality that does not exist as not found, naming the field, reason or not', async () => {
    for (const reason of [undefined, 'a reason']) {
      const refused = place.execute('h-1', {
        municipalityNumber: '9999',
        chosenBy: 'cw 17',
        actor: CASEWORKER,
        reason,
      });
      await expect(refused).rejects.toThrow(NotFoundError);
      await expect(refused).rejects.toMatchObject({ field: 'municipalityNumber' });
    }
    expect(placements.rows).toEqual([]);
  });

  it('refuses a household nobody in which is waiting as not found', async () => {
    await expect(
      place.execute('h-unknown', { municipalityNumber: '5001', chosenBy: 'cw 17', actor: CASEWORKER }),
    ).rejects.toMatchObject({ field: 'householdId' });
    expect(placements.rows).toEqual([]);
  });

  it('keeps one open placement per household: a second is a conflict until the first is cancelled', async () => {
    const first = await place.execute('h-1', {
      municipalityNumber: '5001',
      chosenBy: 'cw 17',
      actor: CASEWORKER,
    });
    const second = place.execute('h-1', {
      municipalityNumber: '1103',
      chosenBy: 'cw 17',
      actor: CASEWORKER,
      reason: 'closer',
    });
    await expect(second).rejects.toThrow(ConflictError);
    await expect(second).rejects.toMatchObject({
      field: 'householdId',
      message: `household h-1 already has an open placement (${first.placementId}, in 5001): cancel it first`,
    });
    expect(placements.rows).toHaveLength(1);

    await placements.close(TRANSACTION, first.placementId, 'cancelled', 'the family declined');
    const again = await place.execute('h-1', {
      municipalityNumber: '1103',
      chosenBy: 'cw 17',
      actor: CASEWORKER,
      reason: 'closer',
    });
    expect(again).toMatchObject({ municipalityNumber: '1103', status: 'open' });
  });

  it('announces a household of resettlement refugees as matched, with the capacity it reserves', async () => {
    resettlementRefugees = 2;
    const placement = await place.execute(
      'h-1',
      { municipalityNumber: '5001', chosenBy: 'cw 17', actor: CASEWORKER },
      '2026-11-24',
    );
    expect(events.published).toEqual([
      {
        type: ResettlementEventTypes.matched,
        data: {
          placementId: placement.placementId,
          householdId: 'h-1',
          municipalityNumber: '5001',
          persons: 2,
          unaccompaniedMinors: 0,
          matchedOn: '2026-11-24',
        },
      },
    ]);
  });
});
