import { CsvError, parse } from 'csv-parse/sync';

import { RejectedError } from '#domain';

/** One data row: its line in the file (1 is the header) and its cells by column name. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  /** The delimiter found in the header: ";" in files Norwegian Excel saves, "," otherwise. */
  delimiter: ';' | ',' | '\t';
}

/**
 * Reads a CSV file as spreadsheets save it (csv-parse): the delimiter is the one the header uses (";", "," or
 * tab), a byte-order mark is dropped, cells are trimmed, blank lines skipped. A row with more or fewer cells
 * than the header, a column named twice or a malformed quote is refused naming the line; `what` names the
 * file in messages and `field` the input the refusal is about.
 */
export function readCsv(text: string, what: string, field: string): CsvTable {
  const refused = (message: string) => new RejectedError(`${what}: ${message}`, field);
  const delimiter = delimiterOf(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError)
      throw refused(`line ${(error as CsvError & { lines?: number }).lines ?? '?'}: ${error.message}`);
    throw error;
  }
  if (records.length === 0) throw refused('the file is empty');
  const [header, ...data] = records;
  const columns = header.record;
  const seen = new Set<string>();
  for (const column of columns) {
    if (column === '') throw refused(`line ${header.info.lines}: a column has no name`);
    if (seen.has(column)) throw refused(`line ${header.info.lines}: the column "${column}" appears twice`);
    seen.add(column);
  }
  const rows = data.map(({ record, info }) => {
    if (record.length !== columns.length)
      throw refused(
        `line ${info.lines} has ${record.length} cells, the header has ${columns.length} (delimiter "${delimiter}")`,
      );
    return {
      line: info.lines,
      cells: Object.fromEntries(columns.map((column, index) => [column, record[index]])),
    };
  });
  return { columns, rows, delimiter };
}

/** The delimiter the header line uses most: semicolon, comma or tab. */
function delimiterOf(text: string): CsvTable['delimiter'] {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (character: string) => header.split(character).length - 1;
  const candidates: CsvTable['delimiter'][] = [';', ',', '\t'];
  return candidates.reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best), ',');
}
