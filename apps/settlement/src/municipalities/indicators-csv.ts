import { RejectedError } from '#domain';
import type { FactDeclaration, FactValue } from '#rules';

import { booleanIn, numberIn } from '../spreadsheets/cell-values.js';
import { municipalityNumberIn } from '../spreadsheets/municipality-number.js';
import { readCsv } from '../spreadsheets/read-csv.js';

/** Indicator values by municipality number and fact name, as policy staff supply them. */
export type Indicators = Map<string, Record<string, FactValue>>;

/** Columns a sheet may carry for people to read; they are not facts and are not kept. */
const LABEL_COLUMNS = new Set(['kommunenavn', 'fylkesnummer', 'fylkesnavn']);

const refused = (message: string) => new RejectedError(`indicators, ${message}`, 'csv');

/**
 * Reads an indicator sheet: a `kommunenummer` column and one column per fact, named as in the rule sets (a
 * `kommunenavn` column may be there for people). Semicolons or commas, decimal comma or point (see readCsv).
 * An empty cell is a missing value (handled as the rule set says for that fact). A value that is not of the
 * fact's type or outside its declared range, an unknown municipality and a municipality given twice are
 * refused with the line.
 */
export function parseIndicatorsCsv(
  text: string,
  declarations: FactDeclaration[],
  knownMunicipalities: Set<string>,
): Indicators {
  const table = readCsv(text, 'indicators', 'csv');
  if (!table.columns.includes('kommunenummer')) throw refused('line 1: the kommunenummer column is missing');
  const byName = new Map<string, FactDeclaration[]>();
  for (const declaration of declarations)
    byName.set(declaration.name, [...(byName.get(declaration.name) ?? []), declaration]);
  for (const column of table.columns) {
    if (column !== 'kommunenummer' && !LABEL_COLUMNS.has(column) && !byName.has(column))
      throw refused(`line 1: the column "${column}" is not a fact of the criteria`);
  }
  const indicators: Indicators = new Map();
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const number = municipalityNumberIn(cells.kommunenummer);
    if (!number)
      throw refused(`line ${line}: kommunenummer "${cells.kommunenummer}" is not a municipality number`);
    if (!knownMunicipalities.has(number)) throw refused(`line ${line}: ${number} is not a municipality`);
    if (firstLine.has(number))
      throw refused(`line ${line}: ${number} is given again (first on line ${firstLine.get(number)})`);
    firstLine.set(number, line);
    const values: Record<string, FactValue> = {};
    for (const [column, cell] of Object.entries(cells)) {
      const facts = byName.get(column);
      if (!facts || cell === '') continue;
      values[column] = valueOf(facts, cell, `line ${line}: ${column} "${cell}"`);
    }
    indicators.set(number, values);
  }
  return indicators;
}

function valueOf(declarations: FactDeclaration[], cell: string, where: string): FactValue {
  const [declaration] = declarations;
  if (declaration.type === 'boolean') {
    const value = booleanIn(cell);
    if (value === undefined) throw refused(`${where} must be true or false (ja/nei)`);
    return value;
  }
  if (declaration.type !== 'number') return cell;
  const value = numberIn(cell);
  if (value === undefined) throw refused(`${where} is not a number`);
  for (const { range } of declarations) {
    if ((range?.min !== undefined && value < range.min) || (range?.max !== undefined && value > range.max))
      throw refused(`${where} is outside the fact's range (${range.min ?? '…'} to ${range.max ?? '…'})`);
  }
  return value;
}
