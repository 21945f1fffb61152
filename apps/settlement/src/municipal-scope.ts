import type { MunicipalScope } from '#platform';

import type { DecisionSummary } from './municipalities/decision-gaps.js';
import type { CountyTarget, Distribution } from './requests/distribution/distribution.js';

/**
 * The parts of the settlement service's answers a caller limited to some municipalities or a county may see:
 * the rows of those municipalities (and of its county); national sums stay, they name no municipality.
 */
export function distributionIn<T extends Distribution>(distribution: T, scope: MunicipalScope): T {
  if (scope.national) return distribution;
  return {
    ...distribution,
    municipalities: distribution.municipalities.filter((m) => scope.includes(m.kommunenummer)),
    counties: distribution.counties.filter((c) => scope.includesCounty(c.fylkesnummer)),
    warnings: [],
  };
}

export function decisionsIn(summary: DecisionSummary, scope: MunicipalScope): DecisionSummary {
  if (scope.national) return summary;
  return {
    ...summary,
    municipalities: summary.municipalities.filter((m) => scope.includes(m.municipalityNumber)),
  };
}

export function countyRowsIn<T extends Pick<CountyTarget, 'countyNumber'>>(
  rows: T[],
  scope: MunicipalScope,
): T[] {
  return scope.national ? rows : rows.filter((row) => scope.includesCounty(row.countyNumber));
}
