import { type CsvDialect, toCsv } from '../../csv.js';
import type { Distribution } from './distribution.js';

const DISTRIBUTION_CSV_HEADER = [
  'kommunenummer',
  'kommunenavn',
  'fylkesnummer',
  'requested',
  'of_which_em',
  'em_under_15',
  'em_15_to_18',
];

/** The requests as IMDi sends them out: one line per municipality, minors by age band. */
export function distributionCsv(
  distribution: Pick<Distribution, 'municipalities'>,
  dialect: CsvDialect = 'rfc4180',
): string {
  return toCsv(
    DISTRIBUTION_CSV_HEADER,
    distribution.municipalities.map((m) => [
      m.kommunenummer,
      m.kommunenavn,
      m.fylkesnummer,
      m.requested,
      m.em,
      m.emUnder15 ?? null,
      m.em15To18 ?? null,
    ]),
    dialect,
  );
}
