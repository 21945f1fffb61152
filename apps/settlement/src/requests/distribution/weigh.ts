import { criterionShares } from './criterion-shares.js';
import type { MunicipalityExplanation } from './distribution.js';
import { type Evaluated, firedOf, paramsOf } from './evaluations.js';

/** The weight a municipality's figure follows, and what it is made of. */
export type Weighting = Pick<MunicipalityExplanation, 'criteria' | 'criteriaShare' | 'continuity' | 'weight'>;

/**
 * Criteria shares, weighted, blended with last year's share where a continuity rule fired: the weight each
 * municipality's figure follows, by municipality number. With no criteria, every municipality asked weighs the same.
 */
export function weigh(asked: Evaluated[]): Map<string, Weighting> {
  const contributions = criterionShares(asked);
  const criteriaOf = (evaluated: Evaluated) => contributions.get(evaluated.municipality.number) ?? [];
  const totalWeight = Math.max(
    ...asked.map((evaluated) => criteriaOf(evaluated).reduce((sum, c) => sum + c.weight, 0)),
    0,
  );
  const continuity = asked.map((evaluated) => {
    const [outcome] = firedOf(evaluated, 'continuity');
    return outcome ? paramsOf<{ basis: string; weight: number }>(outcome) : undefined;
  });
  const basisSum = asked.reduce(
    (sum, evaluated, index) =>
      sum + Number(continuity[index] ? (evaluated.resolved.facts[continuity[index].basis] ?? 0) : 0),
    0,
  );
  return new Map(
    asked.map((evaluated, index): [string, Weighting] => {
      const criteria = criteriaOf(evaluated);
      const criteriaShare =
        totalWeight > 0
          ? criteria.reduce((sum, c) => sum + c.weight * c.share, 0) / totalWeight
          : 1 / asked.length;
      const carry = continuity[index];
      if (!carry || basisSum <= 0) {
        return [evaluated.municipality.number, { criteria, criteriaShare, weight: criteriaShare }];
      }
      const lastYear = Number(evaluated.resolved.facts[carry.basis] ?? 0);
      return [
        evaluated.municipality.number,
        {
          criteria,
          criteriaShare,
          continuity: { basis: carry.basis, lastYear, share: lastYear / basisSum, weight: carry.weight },
          weight: (1 - carry.weight) * criteriaShare + carry.weight * (lastYear / basisSum),
        },
      ];
    }),
  );
}
