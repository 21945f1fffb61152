import { RejectedError } from '#domain';

import type { CountyTarget } from '../requests/distribution/distribution.js';
import { wholeNumberIn } from '../spreadsheets/cell-values.js';
import { countyNumberIn } from '../spreadsheets/municipality-number.js';
import { readCsv } from '../spreadsheets/read-csv.js';

/** The column with each county's figure: `persons`, or `anmodet` as in IMDi's county tables. */
const FIGURE_COLUMNS = ['persons', 'anmodet'];

const refused = (message: string) => new RejectedError(`county targets, ${message}`, 'csv');

/**
 * Reads the committee's county split: fylkesnummer and persons (or anmodet), other columns (fylkesnavn, …) being
 * for people. A county number that is not one, a figure that is not a whole number and a county given twice are
 * refused with the line; whether every county is there is the use case's to say.
 */
export function parseCountyTargetsCsv(text: string, knownCounties: Set<string>): CountyTarget[] {
  const table = readCsv(text, 'county targets', 'csv');
  const figure = FIGURE_COLUMNS.find((column) => table.columns.includes(column));
  if (!table.columns.includes('fylkesnummer') || !figure)
    throw refused(`line 1: the columns fylkesnummer and persons are needed`);
  const firstLine = new Map<string, number>();
  return table.rows.map(({ line, cells }) => {
    const county = countyNumberIn(cells.fylkesnummer);
    if (!county || !knownCounties.has(county))
      throw refused(`line ${line}: "${cells.fylkesnummer}" is not a county`);
    if (firstLine.has(county))
      throw refused(`line ${line}: county ${county} is given again (first on line ${firstLine.get(county)})`);
    firstLine.set(county, line);
    const persons = wholeNumberIn(cells[figure]);
    if (persons === undefined || persons < 0)
      throw refused(`line ${line}: ${figure} "${cells[figure]}" must be a whole number, 0 or more`);
    return { countyNumber: county, persons };
  });
}
