import { NotFoundError, RejectedError } from '#domain';

import type { Placement } from '../placements.repository.js';
import { PlaceHousehold } from './place-household.js';
import type { Suggestions } from './suggest-municipalities.js';

const suggestion = (rank: number, municipalityNumber: string) => ({
  rank,
  municipalityNumber,
  municipalityName: municipalityNumber,
  points: 10 - rank,
  freeCapacity: 10,
  freeEmCapacity: 0,
  reasons: [],
});

/** Two municipalities with room for the household, 5001 first; 9999 does not exist. */
const RANKING: Suggestions = {
  household: { householdId: 'h-1', persons: 2, unaccompaniedMinors: 0, familyWithChildren: true, needs: [] },
  suggestions: [suggestion(1, '5001'), suggestion(2, '1103')],
  excluded: { 'no decision to settle this year': 1 },
};
const MUNICIPALITIES = new Set(['5001', '1103', '3403']);

describe('PlaceHousehold', () => {
  let placed: Omit<Placement, 'placementId' | 'chosenAt'>[];
  let asked: { householdId: string; asOf?: string }[];
  let place: PlaceHousehold;

  beforeEach(() => {
    placed = [];
    asked = [];
    place = new PlaceHousehold(
      {
        execute: (householdId, asOf) => {
          asked.push({ householdId, asOf });
          if (householdId !== 'h-1')
            return Promise.reject(new NotFoundError(`No one in household ${householdId}`, 'householdId'));
          return Promise.resolve(RANKING);
        },
      },
      { exists: (number) => Promise.resolve(MUNICIPALITIES.has(number)) },
      {
        add: (placement) => {
          placed.push(placement);
          return Promise.resolve({
            ...placement,
            placementId: placed.length,
            chosenAt: '2026-11-24T10:00:00Z',
          });
        },
      },
    );
  });

  it('records the top suggestion without a reason, against the ranking of the day asked for', async () => {
    const placement = await place.execute(
      'h-1',
      { municipalityNumber: '5001', chosenBy: 'cw 17' },
      '2026-11-24',
    );
    expect(placement).toMatchObject({
      municipalityNumber: '5001',
      topSuggestion: '5001',
      rank: 1,
      reason: null,
    });
    expect(asked).toEqual([{ householdId: 'h-1', asOf: '2026-11-24' }]);
  });

  it('needs a reason for any other choice, and names the field', async () => {
    const refused = place.execute('h-1', { municipalityNumber: '1103', chosenBy: 'cw 17', reason: '  ' });
    await expect(refused).rejects.toThrow(RejectedError);
    await expect(refused).rejects.toMatchObject({
      field: 'reason',
      message: 'reason is required: 1103 is not the top suggestion (5001)',
    });
    expect(placed).toEqual([]);

    const placement = await place.execute('h-1', {
      municipalityNumber: '1103',
      chosenBy: 'cw 17',
      reason: ' relatives live there ',
    });
    expect(placement).toMatchObject({ topSuggestion: '5001', rank: 2, reason: 'relatives live there' });
  });

  it('records a municipality outside the ranking, with a reason, without a rank', async () => {
    const placement = await place.execute('h-1', {
      municipalityNumber: '3403',
      chosenBy: 'cw 17',
      reason: 'the family asked for it',
    });
    expect(placement).toMatchObject({ municipalityNumber: '3403', topSuggestion: '5001', rank: null });
  });

  it('refuses a municipality that does not exist as not found, naming the field, reason or not', async () => {
    for (const reason of [undefined, 'a reason']) {
      const refused = place.execute('h-1', { municipalityNumber: '9999', chosenBy: 'cw 17', reason });
      await expect(refused).rejects.toThrow(NotFoundError);
      await expect(refused).rejects.toMatchObject({ field: 'municipalityNumber' });
    }
    expect(placed).toEqual([]);
  });

  it('refuses a household nobody in which is waiting as not found', async () => {
    await expect(
      place.execute('h-unknown', { municipalityNumber: '5001', chosenBy: 'cw 17' }),
    ).rejects.toMatchObject({ field: 'householdId' });
    expect(placed).toEqual([]);
  });
});
