import { RejectedError } from '#domain';
import type { CompiledRuleSet } from '#rules';

import type { MunicipalityInput } from '../../municipalities/municipality-facts.js';
import { ApportionmentError } from './apportion.js';
import { emClaimant, personsClaim } from './claimants.js';
import { countyRequests } from './county-requests.js';
import type { CountyRecommendation, Distribution } from './distribution.js';
import { distributionSettings } from './distribution-settings.js';
import { eligibility } from './eligibility.js';
import { evaluateMunicipalities, type OnEvaluated } from './evaluations.js';
import { municipalityRequestOf } from './municipality-request.js';
import { type Split, split } from './split.js';
import { weigh } from './weigh.js';

export interface DistributionInput {
  year: number;
  total: number;
  em: number;
  criteria: CompiledRuleSet;
  municipalities: MunicipalityInput[];
  countyRecommendations?: CountyRecommendation[];
  /** When the distribution is computed (an ISO timestamp): stamped on it as it is. */
  computedAt: string;
  /** Called with each municipality's evaluation, for decision records. */
  onEvaluated?: OnEvaluated;
}

/**
 * Splits the national settlement need (and its unaccompanied minors) into requests to municipalities by the
 * request criteria: eligibility, weighted criteria, continuity with last year, minimums, caps and county
 * recommendations, by county first or directly. Whole persons that add up exactly; deterministic: the same
 * input gives the same distribution.
 */
export async function computeDistribution(input: DistributionInput): Promise<Distribution> {
  checkTotals(input.total, input.em);
  const evaluations = await evaluateMunicipalities(
    input.criteria,
    input.municipalities,
    input.year,
    input.onEvaluated,
  );
  const { method, useRecommendations } = distributionSettings(evaluations);
  const eligibilities = new Map(
    evaluations.map((evaluated) => [evaluated.municipality.number, eligibility(evaluated)]),
  );
  const asked = evaluations.filter((evaluated) => eligibilities.get(evaluated.municipality.number)!.eligible);
  if (asked.length === 0) throw new RejectedError('The criteria leave no municipality to ask', 'criteria');

  const weights = weigh(asked);
  const recommendations = new Map(
    (useRecommendations ? (input.countyRecommendations ?? []) : []).map((recommendation) => [
      recommendation.municipalityNumber,
      recommendation,
    ]),
  );
  const claims = new Map(
    asked.map((evaluated) => {
      const number = evaluated.municipality.number;
      return [number, personsClaim(evaluated, weights.get(number)!.weight, recommendations.get(number))];
    }),
  );
  const countyOf = new Map(
    input.municipalities.map((municipality) => [municipality.number, municipality.countyNumber]),
  );
  const persons = refusedAs('total', () =>
    split(
      input.total,
      [...claims.values()].map((claim) => claim.claimant),
      method,
      countyOf,
    ),
  );
  const emClaimants = asked
    .map((evaluated) => evaluated.municipality.number)
    .filter((number) => eligibilities.get(number)!.em.eligible)
    .map((number) =>
      emClaimant(
        number,
        weights.get(number)!.weight,
        persons.municipalities.get(number)?.persons ?? 0,
        recommendations.get(number)?.em,
      ),
    );
  const em = refusedAs('em', () => split(input.em, emClaimants, method, countyOf));

  const municipalities = input.municipalities.map((municipality) => {
    const number = municipality.number;
    return municipalityRequestOf(municipality, {
      eligibility: eligibilities.get(number)!,
      weighting: weights.get(number),
      claim: claims.get(number),
      persons: persons.municipalities.get(number),
      em: em.municipalities.get(number),
    });
  });
  return {
    year: input.year,
    total: input.total,
    em: input.em,
    method,
    ruleSet: input.criteria.reference,
    municipalities,
    counties: countyRequests(municipalities, persons.counties, em.counties),
    computedAt: input.computedAt,
  };
}

function checkTotals(total: number, em: number): void {
  if (!Number.isInteger(total) || total < 0)
    throw new RejectedError('total must be a whole number of 0 or more', 'total');
  if (!Number.isInteger(em) || em < 0 || em > total)
    throw new RejectedError('em must be a whole number from 0 to the total', 'em');
}

/** A split that cannot be made within the bounds is refused, naming the figure that could not be split. */
function refusedAs(field: 'total' | 'em', work: () => Split): Split {
  try {
    return work();
  } catch (error) {
    if (error instanceof ApportionmentError) throw new RejectedError(error.message, field);
    throw error;
  }
}
