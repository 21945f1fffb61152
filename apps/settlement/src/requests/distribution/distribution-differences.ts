import type { Distribution } from './distribution.js';

export interface MunicipalityDifference {
  kommunenummer: string;
  kommunenavn: string;
  active: { requested: number; em: number };
  candidate: { requested: number; em: number };
  change: number;
  changeEm: number;
}

/** The municipalities whose figures a candidate rule set changes, with the figures before and after. */
export function distributionDifferences(
  active: Distribution,
  candidate: Distribution,
): MunicipalityDifference[] {
  const before = new Map(active.municipalities.map((m) => [m.kommunenummer, m]));
  return candidate.municipalities
    .map((after) => {
      const was = before.get(after.kommunenummer)!;
      return {
        kommunenummer: after.kommunenummer,
        kommunenavn: after.kommunenavn,
        active: { requested: was.requested, em: was.em },
        candidate: { requested: after.requested, em: after.em },
        change: after.requested - was.requested,
        changeEm: after.em - was.em,
      };
    })
    .filter((difference) => difference.change !== 0 || difference.changeEm !== 0);
}
