import { decisionGaps } from './decision-gaps.js';

const municipality = (number: string, name: string) => ({ number, name, countyNumber: number.slice(0, 2) });

describe('decisionGaps', () => {
  it('lists each municipality asked or deciding with its request, its decision in force and the gap', () => {
    const summary = decisionGaps(
      [
        municipality('0301', 'Oslo'),
        municipality('1103', 'Stavanger'),
        municipality('4601', 'Bergen'),
        municipality('5001', 'Trondheim'),
      ],
      [
        { municipalityNumber: '0301', requested: 600, em: 30, emUnder15: 5, em15To18: 25 },
        { municipalityNumber: '1103', requested: 0, em: 0 },
        { municipalityNumber: '4601', requested: 400, em: 20 },
      ],
      [
        {
          municipalityNumber: '0301',
          total: 550,
          em: 10,
          emUnder15: 0,
          em15To18: 10,
          decidedOn: '2026-02-01',
        },
        { municipalityNumber: '5001', total: 25, em: 0, decidedOn: '2026-03-01' },
      ],
    );
    expect(summary).toEqual({
      requested: 1000,
      decided: 575,
      gap: -425,
      municipalities: [
        {
          municipalityNumber: '0301',
          municipalityName: 'Oslo',
          countyNumber: '03',
          requested: 600,
          requestedEm: 30,
          requestedEmUnder15: 5,
          requestedEm15To18: 25,
          decided: 550,
          decidedEm: 10,
          decidedEmUnder15: 0,
          decidedEm15To18: 10,
          decidedOn: '2026-02-01',
          gap: -50,
          gapEm: -20,
        },
        expect.objectContaining({
          municipalityNumber: '4601',
          decided: null,
          gap: null,
          gapEm: null,
          // issued before the age bands were split, and not decided: the bands are unknown, not 0
          requestedEmUnder15: null,
          decidedEmUnder15: null,
        }),
        expect.objectContaining({ municipalityNumber: '5001', requested: 0, decided: 25, gap: 25 }),
      ],
    });
  });
});
