import { parseCountyTargetsCsv } from './county-targets-csv.js';

const COUNTIES = new Set(['03', '11', '46']);

describe('parseCountyTargetsCsv', () => {
  it("reads the committee's split as Excel saves it, or IMDi's county table (anmodet)", () => {
    expect(
      parseCountyTargetsCsv(
        'fylkesnummer;fylkesnavn;persons\r\n3;Oslo;640\r\n46;Vestland;1 478\r\n',
        COUNTIES,
      ),
    ).toEqual([
      { countyNumber: '03', persons: 640 },
      { countyNumber: '46', persons: 1478 },
    ]);
    expect(
      parseCountyTargetsCsv('fylkesnummer,fylke,anmodet,vedtatt\n11,Rogaland,1221,1435\n', COUNTIES),
    ).toEqual([{ countyNumber: '11', persons: 1221 }]);
  });

  it('refuses an unknown county, a county given twice and a figure that is not a whole number, with the line', () => {
    expect(() => parseCountyTargetsCsv('fylkesnummer;persons\n99;10\n', COUNTIES)).toThrow(
      'county targets, line 2: "99" is not a county',
    );
    expect(() => parseCountyTargetsCsv('fylkesnummer;persons\n03;10\n03;11\n', COUNTIES)).toThrow(
      'county targets, line 3: county 03 is given again (first on line 2)',
    );
    expect(() => parseCountyTargetsCsv('fylkesnummer;persons\n03;10,5\n', COUNTIES)).toThrow(
      'county targets, line 2: persons "10,5" must be a whole number, 0 or more',
    );
    expect(() => parseCountyTargetsCsv('fylke;persons\n03;10\n', COUNTIES)).toThrow(
      'the columns fylkesnummer and persons are needed',
    );
  });
});
