import { RejectedError } from '#domain';
import type { CompiledRuleSet } from '#rules';

import type { MunicipalityInput } from '../../municipalities/municipality-facts.js';
import { ApportionmentError } from './apportion.js';
import { emMinimumOf, personsClaim } from './claimants.js';
import { countyRequests } from './county-requests.js';
import { declaredCriteria } from './criterion-shares.js';
import type { CountyRecommendation, CountyTarget, Distribution, EmFigures } from './distribution.js';
import { distributionSettings } from './distribution-settings.js';
import { eligibilities } from './eligibility.js';
import { evaluateMunicipalities, type OnEvaluated } from './evaluations.js';
import { factWarnings } from './fact-warnings.js';
import { splitMinors } from './minors-split.js';
import { municipalityRequestOf } from './municipality-request.js';
import { CountyTargetError, split } from './split.js';
import { weigh } from './weigh.js';

export interface DistributionInput {
  year: number;
  total: number;
  /** Unaccompanied minors by age band; absent when there is no EM figure (EM is then unknown, not 0). */
  em?: EmFigures;
  criteria: CompiledRuleSet;
  municipalities: MunicipalityInput[];
  countyRecommendations?: CountyRecommendation[];
  /** The national committee's split by county: county first then gives each county exactly its target. */
  countyTargets?: CountyTarget[];
  /** When the distribution is computed (an ISO timestamp): stamped on it as it is. */
  computedAt: string;
  /** Said about the input before the distribution (an EM figure without its age bands, …). */
  warnings?: string[];
  /** Called with each municipality's evaluation, for decision records. */
  onEvaluated?: OnEvaluated;
}

/**
 * Splits the national settlement need (and its unaccompanied minors, by age band) into requests to
 * municipalities by the request criteria: eligibility, weighted criteria, continuity, cautions, minimums, caps,
 * rounding, county recommendations and the committee's county targets, by county first or directly. Whole
 * persons that add up exactly; deterministic: the same input gives the same distribution.
 */
export async function computeDistribution(input: DistributionInput): Promise<Distribution> {
  checkTotals(input.total, input.em);
  const document = input.criteria.loaded.document;
  const evaluations = await evaluateMunicipalities(
    input.criteria,
    input.municipalities,
    input.year,
    input.onEvaluated,
  );
  const settings = distributionSettings(evaluations);
  const eligible = eligibilities(evaluations);
  const asked = evaluations.filter(
    (evaluated) => eligible.byMunicipality.get(evaluated.municipality.number)!.eligible,
  );
  if (asked.length === 0) throw new RejectedError('The criteria leave no municipality to ask', 'criteria');

  const weights = weigh(
    asked,
    new Map(document.facts.map((fact) => [fact.name, fact])),
    declaredCriteria(document),
  );
  const recommendations = new Map(
    (settings.useRecommendations ? (input.countyRecommendations ?? []) : []).map((recommendation) => [
      recommendation.municipalityNumber,
      recommendation,
    ]),
  );
  const claims = new Map(
    asked.map((evaluated) => {
      const number = evaluated.municipality.number;
      const weight = weights.byMunicipality.get(number)!.weight;
      return [number, personsClaim(evaluated, weight, recommendations.get(number))];
    }),
  );
  const countyOf = new Map(
    input.municipalities.map((municipality) => [municipality.number, municipality.countyNumber]),
  );
  const targets = countyTargetsFor(input, settings.method);
  const persons = refusedAs('total', () =>
    split(
      input.total,
      [...claims.values()].map((claim) => claim.claimant),
      {
        method: settings.method,
        countyOf,
        step: settings.roundingStep,
        countyTargets: targets.byCounty,
      },
    ),
  );
  const minors = input.em
    ? refusedAs('em', () =>
        splitMinors(
          input.em!,
          asked
            .filter((evaluated) => eligible.byMunicipality.get(evaluated.municipality.number)!.em.eligible)
            .map((evaluated) => {
              const number = evaluated.municipality.number;
              return {
                municipalityNumber: number,
                weight: weights.byMunicipality.get(number)!.weight,
                persons: persons.municipalities.get(number)?.persons ?? 0,
                minimum: emMinimumOf(evaluated),
                recommendation: recommendations.get(number),
              };
            }),
          { method: settings.method, countyOf },
        ),
      )
    : undefined;

  const minimums = new Map(
    evaluations.map((evaluated) => [evaluated.municipality.number, emMinimumOf(evaluated)]),
  );
  const municipalities = input.municipalities.map((municipality) => {
    const number = municipality.number;
    return municipalityRequestOf(municipality, {
      eligibility: eligible.byMunicipality.get(number)!,
      weighting: weights.byMunicipality.get(number),
      claim: claims.get(number),
      persons: persons.municipalities.get(number),
      emMinimum: minimums.get(number) ?? 1,
      emUnder15: minors?.under15.municipalities.get(number),
      em15To18: minors?.from15To18.municipalities.get(number),
    });
  });
  return {
    year: input.year,
    total: input.total,
    em: input.em ? input.em.under15 + input.em.from15To18 : null,
    emUnder15: input.em?.under15 ?? null,
    em15To18: input.em?.from15To18 ?? null,
    method: settings.method,
    followsCountyTargets: targets.byCounty !== undefined,
    ruleSet: input.criteria.reference,
    municipalities,
    counties: countyRequests(municipalities, persons.counties, minors, targets.byCounty),
    warnings: [
      ...(input.warnings ?? []),
      ...targets.warnings,
      ...factWarnings(document.facts, evaluations),
      ...eligible.warnings,
      ...weights.warnings,
    ],
    computedAt: input.computedAt,
  };
}

function checkTotals(total: number, em: EmFigures | undefined): void {
  if (!Number.isInteger(total) || total < 0)
    throw new RejectedError('total must be a whole number of 0 or more', 'total');
  if (!em) return;
  for (const [field, value] of [
    ['emUnder15', em.under15],
    ['em15To18', em.from15To18],
  ] as const) {
    if (!Number.isInteger(value) || value < 0)
      throw new RejectedError(`${field} must be a whole number of 0 or more`, field);
  }
  if (em.under15 + em.from15To18 > total)
    throw new RejectedError('the unaccompanied minors (both age bands) cannot be more than the total', 'em');
}

/**
 * The committee's targets by county, when given and the criteria split by county first: they must name each
 * county once and add up to the total. Split directly, they are set aside with a warning.
 */
function countyTargetsFor(
  input: DistributionInput,
  method: Distribution['method'],
): { byCounty?: Map<string, number>; warnings: string[] } {
  if (!input.countyTargets) return { warnings: [] };
  if (method !== 'county-first')
    return { warnings: ["The criteria split directly, so the committee's county targets were not used"] };
  const byCounty = new Map(input.countyTargets.map((target) => [target.countyNumber, target.persons]));
  const counties = new Set(input.municipalities.map((municipality) => municipality.countyNumber));
  const missing = [...counties].filter((county) => !byCounty.has(county)).sort();
  if (missing.length > 0)
    throw new RejectedError(`The county targets have no figure for ${missing.join(', ')}`, 'countyTargets');
  const sum = [...byCounty.values()].reduce((total, persons) => total + persons, 0);
  if (sum !== input.total)
    throw new RejectedError(
      `The county targets add up to ${sum}, but the total to distribute is ${input.total}`,
      'countyTargets',
    );
  return { byCounty, warnings: [] };
}

/** A split that cannot be made within the bounds is refused, naming the figure that could not be split. */
function refusedAs<T>(field: 'total' | 'em', work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CountyTargetError) throw new RejectedError(error.message, 'countyTargets');
    if (error instanceof ApportionmentError) throw new RejectedError(error.message, field);
    throw error;
  }
}
