import { RejectedError } from '#domain';
import type { FactDeclaration } from '#rules';

import { type CriterionParams, criterionShares } from './criterion-shares.js';
import type { Caution, MunicipalityExplanation } from './distribution.js';
import { type Evaluated, firedOf, paramsOf } from './evaluations.js';

/** The weight a municipality's figure follows, and what it is made of. */
export type Weighting = Pick<
  MunicipalityExplanation,
  'criteria' | 'criteriaShare' | 'continuity' | 'cautions' | 'weight'
>;

export interface Weights {
  byMunicipality: Map<string, Weighting>;
  warnings: string[];
}

/**
 * Criteria shares, weighted, blended with last year's share where a continuity rule fired, reduced by every
 * caution that applies: the weight each municipality's figure follows, by municipality number. A criterion with
 * nothing to go on refuses the distribution, unless the rule set lets it be left out (its weight then goes to the
 * others in proportion to theirs, and a warning says so).
 */
export function weigh(
  asked: Evaluated[],
  declarations: Map<string, FactDeclaration>,
  declared: CriterionParams[],
): Weights {
  const { contributions, withoutData } = criterionShares(asked, declarations, declared);
  const warnings = withoutData.map(leftOut);
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
  if (totalWeight === 0 && basisSum <= 0)
    warnings.push('The criteria give no weights: every municipality asked weighs the same');
  const byMunicipality = new Map(
    asked.map((evaluated, index): [string, Weighting] => {
      const criteria = criteriaOf(evaluated);
      const criteriaShare =
        totalWeight > 0
          ? criteria.reduce((sum, c) => sum + c.weight * c.share, 0) / totalWeight
          : 1 / asked.length;
      const cautions = firedOf(evaluated, 'caution').map((outcome) => paramsOf<Caution>(outcome));
      const reduction = cautions.reduce((product, caution) => product * caution.factor, 1);
      const carry = continuity[index];
      if (!carry || basisSum <= 0) {
        return [
          evaluated.municipality.number,
          { criteria, criteriaShare, cautions, weight: criteriaShare * reduction },
        ];
      }
      const lastYear = Number(evaluated.resolved.facts[carry.basis] ?? 0);
      return [
        evaluated.municipality.number,
        {
          criteria,
          criteriaShare,
          continuity: { basis: carry.basis, lastYear, share: lastYear / basisSum, weight: carry.weight },
          cautions,
          weight: ((1 - carry.weight) * criteriaShare + carry.weight * (lastYear / basisSum)) * reduction,
        },
      ];
    }),
  );
  return { byMunicipality, warnings };
}

function leftOut(criterion: CriterionParams): string {
  const facts = criterion.scaleBy ? `${criterion.fact} (scaled by ${criterion.scaleBy})` : criterion.fact;
  if (criterion.whenNoData !== 'redistribute') {
    throw new RejectedError(
      `The criterion "${criterion.criterion}" has nothing to go on: no municipality asked has a value for ${facts}. ` +
        'Supply the values (POST /settlement/indicators), or let the rule set leave it out ("whenNoData": "redistribute")',
      'criteria',
    );
  }
  return (
    `The criterion "${criterion.criterion}" was left out: no municipality asked has a value for ${facts}; ` +
    `its weight (${criterion.weight}) went to the other criteria in proportion to theirs`
  );
}
