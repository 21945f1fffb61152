import { RejectedError } from '#domain';
import { decodeText } from '#platform';

import { toCsv } from '../csv.js';
import { booleanIn, numberIn, wholeNumberIn } from './cell-values.js';
import { countyNumberIn, municipalityNumberIn } from './municipality-number.js';
import { readCsv } from './read-csv.js';

const windows1252 = (text: string) =>
  Uint8Array.from(
    [...text].map(
      (character) => ({ ø: 0xf8, å: 0xe5, æ: 0xe6, Ø: 0xd8 })[character] ?? character.charCodeAt(0),
    ),
  );

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark, and Windows-1252 as Excel saves it', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFkommunenavn\nBærum\n'))).toBe('kommunenavn\nBærum\n');
    expect(decodeText(new TextEncoder().encode('Tromsø'))).toBe('Tromsø');
    expect(decodeText(windows1252('Bø;Våler;Hæ'))).toBe('Bø;Våler;Hæ');
    expect(decodeText(windows1252('Bø'), 'windows-1252')).toBe('Bø');
  });
});

describe('readCsv', () => {
  it('finds the delimiter in the header: semicolons as Norwegian Excel saves, or commas', () => {
    const semicolons = readCsv('kommunenummer;employmentRate\r\n0301;71,5\r\n;\r\n', 'indicators', 'csv');
    expect(semicolons).toMatchObject({
      delimiter: ';',
      columns: ['kommunenummer', 'employmentRate'],
      rows: [{ line: 2, cells: { kommunenummer: '0301', employmentRate: '71,5' } }],
    });
    expect(readCsv('a,b\n"x, y",2\n', 'file', 'csv').rows[0].cells).toEqual({ a: 'x, y', b: '2' });
  });

  it('refuses a ragged row, a column named twice and a broken quote, naming the line', () => {
    expect(() => readCsv('a;b\n1;2\n3;4;5\n', 'indicators', 'csv')).toThrow(
      'indicators: line 3 has 3 cells, the header has 2 (delimiter ";")',
    );
    expect(() => readCsv('a;b\n1\n', 'indicators', 'csv')).toThrow(RejectedError);
    expect(() => readCsv('a;a\n1;2\n', 'indicators', 'csv')).toThrow('the column "a" appears twice');
    expect(() => readCsv('a;b\n"1;2\n', 'indicators', 'csv')).toThrow(/indicators: line \d/);
    expect(() => readCsv('', 'indicators', 'csv')).toThrow('indicators: the file is empty');
  });
});

describe('cell values', () => {
  it('read numbers with a decimal comma or point, spaces as thousands separators, a Unicode minus', () => {
    expect(numberIn('71,5')).toBe(71.5);
    expect(numberIn('71.5')).toBe(71.5);
    expect(numberIn('12\u00a0640')).toBe(12640);
    expect(numberIn('\u2212500')).toBe(-500);
    expect(numberIn('seventy')).toBeUndefined();
    expect(numberIn('1,2,3')).toBeUndefined();
    expect(wholeNumberIn('5,5')).toBeUndefined();
    expect(wholeNumberIn('640')).toBe(640);
  });

  it('read yes and no in Norwegian or English', () => {
    expect([booleanIn('ja'), booleanIn('Nei'), booleanIn('true'), booleanIn('kanskje')]).toEqual([
      true,
      false,
      true,
      undefined,
    ]);
  });

  it('put back the leading zero Excel drops from municipality and county numbers', () => {
    expect(municipalityNumberIn('301')).toBe('0301');
    expect(municipalityNumberIn('4601')).toBe('4601');
    expect(municipalityNumberIn('Oslo')).toBeUndefined();
    expect(countyNumberIn('3')).toBe('03');
  });
});

describe('toCsv', () => {
  const rows = [['0301', 'Tromsø', 71.5, null]];

  it('writes plain CSV for programs by default', () => {
    expect(toCsv(['kommunenummer', 'kommunenavn', 'rate', 'em'], rows)).toBe(
      'kommunenummer,kommunenavn,rate,em\n0301,Tromsø,71.5,\n',
    );
  });

  it('writes what Norwegian Excel opens with ø and å intact: BOM, semicolons, decimal commas, CRLF', () => {
    const csv = toCsv(['kommunenummer', 'kommunenavn', 'rate', 'em'], rows, 'excel-no');
    expect(csv).toBe('\uFEFFkommunenummer;kommunenavn;rate;em\r\n0301;Tromsø;71,5;\r\n');
    expect(
      readCsv(decodeText(new TextEncoder().encode(csv)), 'round trip', 'csv').rows[0].cells.kommunenavn,
    ).toBe('Tromsø');
  });
});
