import { parseCountyRecommendationsCsv } from './county-recommendations-csv.js';

const KNOWN = new Set(['0301', '4601', '4602']);

describe('parseCountyRecommendationsCsv', () => {
  it('reads persons and minors by age band; em alone is 15–18', () => {
    expect(
      parseCountyRecommendationsCsv(
        'kommunenummer;kommunenavn;persons;emUnder15;em15To18\r\n4601;Bergen;500;5;35\r\n4602;Kinn;20;;\r\n',
        KNOWN,
      ),
    ).toEqual([
      { municipalityNumber: '4601', persons: 500, emUnder15: 5, em15To18: 35 },
      { municipalityNumber: '4602', persons: 20, emUnder15: undefined, em15To18: undefined },
    ]);
    expect(parseCountyRecommendationsCsv('kommunenummer,persons,em\n4601,500,40\n', KNOWN)).toEqual([
      { municipalityNumber: '4601', persons: 500, emUnder15: undefined, em15To18: 40 },
    ]);
  });

  it('refuses an unknown municipality or column, one given twice, and more minors than persons, with the line', () => {
    expect(() => parseCountyRecommendationsCsv('kommunenummer;persons\n9999;5\n', KNOWN)).toThrow(
      'recommendations, line 2: "9999" is not a municipality',
    );
    expect(() => parseCountyRecommendationsCsv('kommunenummer;persons;emunder15\n4601;5;1\n', KNOWN)).toThrow(
      'recommendations, line 1: the column "emunder15" is not one of',
    );
    expect(() => parseCountyRecommendationsCsv('kommunenummer;persons\n4601;5\n4601;6\n', KNOWN)).toThrow(
      'recommendations, line 3: 4601 is given again (first on line 2)',
    );
    expect(() => parseCountyRecommendationsCsv('kommunenummer;persons;em15To18\n4601;5;6\n', KNOWN)).toThrow(
      'recommendations, line 2: the unaccompanied minors are more than the persons',
    );
  });
});
