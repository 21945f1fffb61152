import { readFileSync } from 'node:fs';

import { allMunicipalities, municipalityOf } from './municipality-register.js';

describe('the municipality register', () => {
  it('holds exactly the municipalities of data/kommuner_2025.csv, with name and county', () => {
    const [header, ...rows] = readFileSync('data/kommuner_2025.csv', 'utf8').trim().split(/\r?\n/);
    const columns = header.split(',');
    const fromFile = rows.map((row) => {
      const cells = row.split(',');
      return {
        number: cells[columns.indexOf('kommunenummer')],
        name: cells[columns.indexOf('kommunenavn')],
        countyNumber: cells[columns.indexOf('fylkesnummer')],
      };
    });
    expect(allMunicipalities()).toEqual(fromFile);
    expect(fromFile).toHaveLength(357);
  });

  it('answers a municipality by its number, and nothing for a number no municipality has', () => {
    expect(municipalityOf('4601')).toEqual({ number: '4601', name: 'Bergen', countyNumber: '46' });
    expect(municipalityOf('9999')).toBeUndefined();
    expect(municipalityOf('301')).toBeUndefined();
  });
});
