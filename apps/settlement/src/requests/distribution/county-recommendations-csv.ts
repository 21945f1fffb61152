import { RejectedError } from '#domain';

import { wholeNumberIn } from '../../spreadsheets/cell-values.js';
import { municipalityNumberIn } from '../../spreadsheets/municipality-number.js';
import { readCsv } from '../../spreadsheets/read-csv.js';
import type { CountyRecommendation } from './distribution.js';

const COLUMNS = ['kommunenummer', 'kommunenavn', 'persons', 'emUnder15', 'em15To18', 'em'];

const refused = (message: string) =>
  new RejectedError(`recommendations, ${message}`, 'countyRecommendations');

/**
 * Reads county authorities' recommendations: kommunenummer, persons, and optionally emUnder15 and em15To18
 * (or em, read as 15–18); a kommunenavn column may be there for people. Whole numbers; a municipality given
 * twice, an unknown one, and minors beyond the persons are refused with the line.
 */
export function parseCountyRecommendationsCsv(
  text: string,
  knownMunicipalities: Set<string>,
): CountyRecommendation[] {
  const table = readCsv(text, 'recommendations', 'countyRecommendations');
  for (const column of ['kommunenummer', 'persons'])
    if (!table.columns.includes(column)) throw refused(`line 1: the ${column} column is missing`);
  for (const column of table.columns)
    if (!COLUMNS.includes(column))
      throw refused(`line 1: the column "${column}" is not one of ${COLUMNS.join(', ')}`);
  const firstLine = new Map<string, number>();
  return table.rows.map(({ line, cells }) => {
    const number = municipalityNumberIn(cells.kommunenummer);
    if (!number || !knownMunicipalities.has(number))
      throw refused(`line ${line}: "${cells.kommunenummer}" is not a municipality`);
    if (firstLine.has(number))
      throw refused(`line ${line}: ${number} is given again (first on line ${firstLine.get(number)})`);
    firstLine.set(number, line);
    const count = (column: string): number | undefined => {
      const cell = cells[column];
      if (cell === undefined || cell === '') return undefined;
      const value = wholeNumberIn(cell);
      if (value === undefined || value < 0)
        throw refused(`line ${line}: ${column} "${cell}" must be a whole number, 0 or more`);
      return value;
    };
    const persons = count('persons');
    if (persons === undefined) throw refused(`line ${line}: persons is empty`);
    const emUnder15 = count('emUnder15');
    const em15To18 = count('em15To18') ?? count('em');
    if ((emUnder15 ?? 0) + (em15To18 ?? 0) > persons)
      throw refused(`line ${line}: the unaccompanied minors are more than the persons`);
    return { municipalityNumber: number, persons, emUnder15, em15To18 };
  });
}
