import { toCsv } from '../../csv.js';
import type { Distribution } from './distribution.js';

const DISTRIBUTION_CSV_HEADER = ['kommunenummer', 'kommunenavn', 'fylkesnummer', 'requested', 'of_which_em'];

/** The requests as IMDi sends them out: one line per municipality. */
export function distributionCsv(distribution: Pick<Distribution, 'municipalities'>): string {
  return toCsv(
    DISTRIBUTION_CSV_HEADER,
    distribution.municipalities.map((m) => [
      m.kommunenummer,
      m.kommunenavn,
      m.fylkesnummer,
      m.requested,
      m.em,
    ]),
  );
}
