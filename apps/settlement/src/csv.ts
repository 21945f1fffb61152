import { stringify } from 'csv-stringify/sync';

/**
 * How a CSV export is written. `rfc4180`: comma, point decimals, LF, no byte-order mark (for programs).
 * `excel-no`: what Excel with Norwegian settings opens directly with ø, æ and å intact: a UTF-8 byte-order mark,
 * semicolons, decimal commas and CRLF line ends.
 */
export const CSV_DIALECTS = ['rfc4180', 'excel-no'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export function toCsv(
  header: string[],
  rows: (string | number | null)[][],
  dialect: CsvDialect = 'rfc4180',
): string {
  const excel = dialect === 'excel-no';
  return stringify([header, ...rows], {
    bom: excel,
    delimiter: excel ? ';' : ',',
    record_delimiter: excel ? 'windows' : 'unix',
    cast: { number: (value) => (excel ? String(value).replace('.', ',') : String(value)) },
  });
}
