import { RejectedError } from '#domain';
import type { FactDeclaration, FactValue } from '#rules';

import { parseCsv } from '../csv.js';

/** Indicator values by municipality number and fact name, as policy staff supply them. */
export type Indicators = Map<string, Record<string, FactValue>>;

const refused = (message: string) => new RejectedError(message, 'csv');

/**
 * Reads an indicator CSV: a `kommunenummer` column and one column per fact, named as in the rule set.
 * An empty cell is a missing value (handled as the rule set says for that fact).
 */
export function parseIndicatorsCsv(
  text: string,
  declarations: FactDeclaration[],
  knownMunicipalities: Set<string>,
): Indicators {
  const rows = parseCsv(text);
  const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
  const indicators: Indicators = new Map();
  rows.forEach((row, index) => {
    const line = index + 2;
    const number = row.kommunenummer;
    if (!number) throw refused(`indicators, line ${line}: the kommunenummer column is missing or empty`);
    if (!knownMunicipalities.has(number))
      throw refused(`indicators, line ${line}: ${number} is not a municipality`);
    const values: Record<string, FactValue> = {};
    for (const [column, cell] of Object.entries(row)) {
      if (column === 'kommunenummer' || cell === '') continue;
      const declaration = byName.get(column);
      if (!declaration) throw refused(`indicators: the column "${column}" is not a fact of the criteria`);
      if (declaration.type === 'number') {
        const value = Number(cell.replace(',', '.'));
        if (!Number.isFinite(value))
          throw refused(`indicators, line ${line}: ${column} "${cell}" is not a number`);
        values[column] = value;
      } else if (declaration.type === 'boolean') {
        if (!['true', 'false', 'ja', 'nei', '1', '0'].includes(cell.toLowerCase())) {
          throw refused(`indicators, line ${line}: ${column} "${cell}" must be true or false`);
        }
        values[column] = ['true', 'ja', '1'].includes(cell.toLowerCase());
      } else values[column] = cell;
    }
    indicators.set(number, values);
  });
  return indicators;
}
