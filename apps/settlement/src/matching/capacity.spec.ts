import { personRecord } from '../testing/in-memory-people.js';
import { capacityOf, reservationsOf } from './capacity.js';

describe('reservationsOf and capacityOf', () => {
  const open = [
    { householdId: 'h-family', municipalityNumber: '5001' },
    { householdId: 'h-minor', municipalityNumber: '5001' },
    { householdId: 'h-asking', municipalityNumber: '1103' },
  ];
  const waiting = [
    personRecord('p-1', { householdId: 'h-family' }),
    personRecord('p-2', { householdId: 'h-family' }),
    personRecord('p-3', { householdId: 'h-minor', unaccompaniedMinor: true }),
    personRecord('p-4', { householdId: 'h-asking' }),
    personRecord('p-5', { householdId: 'h-not-placed' }),
  ];

  it("holds each placed household's members still waiting, leaving out the household asking", () => {
    expect(reservationsOf(open, waiting, 'h-asking')).toEqual(new Map([['5001', { persons: 3, em: 1 }]]));
    expect(reservationsOf(open, waiting).get('1103')).toEqual({ persons: 1, em: 0 });
  });

  it('leaves free what is decided less what is settled and what is reserved', () => {
    const capacity = capacityOf(
      [{ municipalityNumber: '5001', total: 30, em: 5, decidedOn: '2026-02-01' }],
      new Map([['5001', { persons: 10, em: 2 }]]),
      reservationsOf(open, waiting),
    );
    expect(capacity.get('5001')).toEqual({
      decided: 30,
      decidedEm: 5,
      settled: 10,
      settledEm: 2,
      reserved: 3,
      reservedEm: 1,
    });
  });
});
