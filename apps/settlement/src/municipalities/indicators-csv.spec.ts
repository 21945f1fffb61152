import type { FactDeclaration } from '#rules';

import { parseIndicatorsCsv } from './indicators-csv.js';

const FACTS: FactDeclaration[] = [
  { name: 'employmentRate', type: 'number', description: 'x', range: { min: 0, max: 100 } },
  { name: 'emServices', type: 'boolean', description: 'x' },
];
const KNOWN = new Set(['0301', '4601', '5001']);

describe('parseIndicatorsCsv', () => {
  it('names the line and column of a bad value', () => {
    expect(() => parseIndicatorsCsv('kommunenummer,employmentRate\n0301,many\n', FACTS, KNOWN)).toThrow(
      'indicators, line 2: employmentRate "many" is not a number',
    );
    expect(() => parseIndicatorsCsv('kommunenummer,happiness\n0301,9\n', FACTS, KNOWN)).toThrow(
      'the column "happiness" is not a fact of the criteria',
    );
  });

  it('reads a sheet saved from Norwegian Excel: semicolons, decimal commas, names, a dropped leading zero', () => {
    const indicators = parseIndicatorsCsv(
      'kommunenummer;kommunenavn;employmentRate;emServices\r\n301;Oslo;71,5;ja\r\n4601;Bergen;;nei\r\n',
      FACTS,
      KNOWN,
    );
    expect(indicators).toEqual(
      new Map([
        ['0301', { employmentRate: 71.5, emServices: true }],
        ['4601', { emServices: false }],
      ]),
    );
  });

  it('refuses a value out of the declared range, a ragged row and a municipality given twice, with the line', () => {
    expect(() => parseIndicatorsCsv('kommunenummer;employmentRate\n0301;-500\n', FACTS, KNOWN)).toThrow(
      'indicators, line 2: employmentRate "-500" is outside the fact\'s range (0 to 100)',
    );
    expect(() =>
      parseIndicatorsCsv('kommunenummer;employmentRate\n0301;70\n4601;70;1\n', FACTS, KNOWN),
    ).toThrow('indicators: line 3 has 3 cells, the header has 2');
    expect(() =>
      parseIndicatorsCsv('kommunenummer;employmentRate\n0301;70\n5001;71\n0301;72\n', FACTS, KNOWN),
    ).toThrow('indicators, line 4: 0301 is given again (first on line 2)');
    expect(() => parseIndicatorsCsv('kommunenummer;employmentRate\n9999;70\n', FACTS, KNOWN)).toThrow(
      'indicators, line 2: 9999 is not a municipality',
    );
  });
});
