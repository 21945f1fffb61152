import { RejectedError } from '#domain';

import { parseCsv } from '../../csv.js';
import type { CountyRecommendation } from './distribution.js';

const refused = (message: string) => new RejectedError(message, 'countyRecommendations');

/** Reads county authorities' recommendations: kommunenummer, persons and (optionally) em. */
export function parseCountyRecommendationsCsv(
  text: string,
  knownMunicipalities: Set<string>,
): CountyRecommendation[] {
  return parseCsv(text).map((row, index) => {
    const line = index + 2;
    if (!knownMunicipalities.has(row.kommunenummer))
      throw refused(`recommendations, line ${line}: "${row.kommunenummer}" is not a municipality`);
    const persons = Number(row.persons);
    if (!Number.isInteger(persons) || persons < 0)
      throw refused(`recommendations, line ${line}: persons must be a whole number`);
    const em = row.em ? Number(row.em) : undefined;
    if (em !== undefined && (!Number.isInteger(em) || em < 0 || em > persons)) {
      throw refused(`recommendations, line ${line}: em must be a whole number no larger than persons`);
    }
    return { municipalityNumber: row.kommunenummer, persons, em };
  });
}
