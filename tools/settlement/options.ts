import { CSV_DIALECTS, type CsvDialect } from '../../apps/settlement/src/csv.js';
import type { ReferenceData } from '../../apps/settlement/src/municipalities/reference-data.js';
import { parseCountyTargetsCsv } from '../../apps/settlement/src/need/county-targets-csv.js';
import type { CountyTarget } from '../../apps/settlement/src/requests/distribution/distribution.js';
import { readSheet } from './read-sheet.js';

/** --county-targets FILE: the committee's county split (fylkesnummer and persons, or anmodet). */
export function countyTargetsOption(
  file: string | undefined,
  reference: ReferenceData,
): CountyTarget[] | undefined {
  if (!file) return undefined;
  return parseCountyTargetsCsv(readSheet(file), new Set(reference.counties.map((county) => county.number)));
}

/** --dialect rfc4180 | excel-no */
export function dialectOption(value: string | undefined): CsvDialect {
  if (value === undefined) return 'rfc4180';
  if (!(CSV_DIALECTS as readonly string[]).includes(value))
    throw new Error(`--dialect must be one of ${CSV_DIALECTS.join(', ')}`);
  return value as CsvDialect;
}
