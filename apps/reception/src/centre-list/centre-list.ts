import { CsvError, parse } from 'csv-parse/sync';

import {
  CENTRE_STATUSES,
  CENTRE_TYPES,
  centreIdSchema,
  type CentreStatus,
  type CentreType,
} from '#contracts';
import { municipalityOf, RejectedError } from '#domain';

/** One centre as UDI's daily centre list has it. */
export interface CentreListRow {
  /** The row's line in the file (1 is the header). */
  line: number;
  centreId: string;
  name?: string;
  hostMunicipalityNumber: string;
  type: CentreType;
  fixedPlaces: number;
  flexiblePlaces: number;
  status: CentreStatus;
}

/** A row that cannot be used, with its line in the file and what is wrong with it. */
export interface RowProblem {
  line: number;
  message: string;
}

export interface CentreList {
  rows: CentreListRow[];
  problems: RowProblem[];
}

/** The columns of the list, each with the other names it is accepted under (header names ignore case). */
const COLUMNS = {
  centre: ['centre', 'centre_id', 'mottak'],
  name: ['name', 'navn'],
  hostMunicipality: ['host_municipality', 'municipality', 'kommune', 'kommunenummer'],
  type: ['type', 'centre_type', 'mottakstype'],
  places: ['places', 'fixed_places', 'plasser'],
  flexiblePlaces: ['flexible_places', 'fleksible_plasser'],
  status: ['status'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['centre', 'hostMunicipality', 'type', 'places', 'status'];
const CENTRE_ID = new RegExp(centreIdSchema.pattern as string);
const MAX_PLACES = 100000;

/**
 * Reads UDI's daily centre list (CSV; ";", "," or tab between cells, a header naming the columns centre,
 * host_municipality, type, places, status and optionally name and flexible_places). A file without those columns
 * is refused as a whole; a row that cannot be used is reported with its line, and the other rows still count.
 */
export function readCentreList(text: string): CentreList {
  const records = parseRecords(text);
  if (records.length === 0) throw new RejectedError('the centre list is empty', 'csv');
  const [header, ...data] = records;
  const columnIndex = indexColumns(header.record, header.info.lines);
  const rows: CentreListRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of data) {
    const line = info.lines;
    if (record.length !== header.record.length) {
      problems.push({ line, message: `${record.length} cells, the header has ${header.record.length}` });
      continue;
    }
    const cell = (column: Column) => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : (record[index] ?? '');
    };
    const outcome = rowOf(line, cell);
    if (typeof outcome === 'string') {
      problems.push({ line, message: outcome });
      continue;
    }
    const earlier = seen.get(outcome.centreId);
    if (earlier !== undefined) {
      problems.push({ line, message: `centre "${outcome.centreId}" is listed already on line ${earlier}` });
      continue;
    }
    seen.set(outcome.centreId, line);
    rows.push(outcome);
  }
  return { rows, problems };
}

function parseRecords(text: string): { record: string[]; info: { lines: number } }[] {
  try {
    return parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? '?';
      throw new RejectedError(`the centre list cannot be read from line ${line}: ${error.message}`, 'csv');
    }
    throw error;
  }
}

function indexColumns(header: string[], line: number): Map<Column, number> {
  const index = new Map<Column, number>();
  header.forEach((name, position) => {
    const normalised = name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const column = (Object.keys(COLUMNS) as Column[]).find((candidate) =>
      (COLUMNS[candidate] as readonly string[]).includes(normalised),
    );
    if (column && !index.has(column)) index.set(column, position);
  });
  const missing = REQUIRED.filter((column) => !index.has(column)).map((column) => COLUMNS[column][0]);
  if (missing.length > 0) {
    throw new RejectedError(
      `the header on line ${line} lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      'csv',
    );
  }
  return index;
}

function rowOf(line: number, cell: (column: Column) => string): CentreListRow | string {
  const centreId = cell('centre');
  if (!CENTRE_ID.test(centreId)) return `centre "${centreId}" is not a centre id (letters, digits, _ . -)`;
  const hostMunicipalityNumber = cell('hostMunicipality').padStart(4, '0');
  if (!/^\d{4}$/.test(hostMunicipalityNumber)) {
    return `host municipality "${cell('hostMunicipality')}" is not a municipality number`;
  }
  if (!municipalityOf(hostMunicipalityNumber)) {
    return `host municipality "${hostMunicipalityNumber}" is not in the municipality register`;
  }
  const type = cell('type').toLowerCase();
  if (!(CENTRE_TYPES as readonly string[]).includes(type)) {
    return `type "${cell('type')}" is not one of ${CENTRE_TYPES.join(', ')}`;
  }
  const fixedPlaces = placesOf(cell('places'));
  if (fixedPlaces === undefined)
    return `places "${cell('places')}" is not a whole number from 0 to ${MAX_PLACES}`;
  const flexiblePlaces = cell('flexiblePlaces') === '' ? 0 : placesOf(cell('flexiblePlaces'));
  if (flexiblePlaces === undefined) {
    return `flexible places "${cell('flexiblePlaces')}" is not a whole number from 0 to ${MAX_PLACES}`;
  }
  const status = cell('status').toLowerCase();
  if (!(CENTRE_STATUSES as readonly string[]).includes(status)) {
    return `status "${cell('status')}" is not one of ${CENTRE_STATUSES.join(', ')}`;
  }
  const name = cell('name').slice(0, 200);
  return {
    line,
    centreId,
    ...(name ? { name } : {}),
    hostMunicipalityNumber,
    type: type as CentreType,
    fixedPlaces,
    flexiblePlaces,
    status: status as CentreStatus,
  };
}

function placesOf(text: string): number | undefined {
  if (!/^\d{1,6}$/.test(text)) return undefined;
  const places = Number(text);
  return places <= MAX_PLACES ? places : undefined;
}

/** The delimiter the header line uses most: semicolon, comma or tab. */
function delimiterOf(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (character: string) => header.split(character).length - 1;
  return [';', ',', '\t'].reduce(
    (best, candidate) => (count(candidate) > count(best) ? candidate : best),
    ',',
  );
}
