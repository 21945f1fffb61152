import type { CompiledRuleSet, FactValues, RuleOutcome } from '#rules';
import { apportion, ApportionmentError, type Claimant } from './apportion.js';
import type {
  CountyRecommendation,
  CountyRequest,
  CriterionContribution,
  Distribution,
  MunicipalityExplanation,
  MunicipalityRequest,
} from './distribution.js';
import { resolveFacts, type MunicipalityInput, type ResolvedFacts } from './municipality-facts.js';

export interface DistributionInput {
  year: number;
  total: number;
  em: number;
  criteria: CompiledRuleSet;
  municipalities: MunicipalityInput[];
  countyRecommendations?: CountyRecommendation[];
  /** Called with each municipality's evaluation, for decision records. */
  onEvaluated?: (municipalityNumber: string, facts: FactValues, outcomes: RuleOutcome[]) => void;
}

export class DistributionError extends Error {}

interface Evaluated {
  municipality: MunicipalityInput;
  resolved: ResolvedFacts;
  fired: RuleOutcome[];
}

const firedOf = (evaluated: Evaluated, type: string) =>
  evaluated.fired.filter((outcome) => outcome.eventType === type);
const paramsOf = <T>(outcome: RuleOutcome) => outcome.params as unknown as T;

/** The one value of a setting every municipality's evaluation must agree on. */
function setting<T>(evaluations: Evaluated[], type: string, fallback: T): T {
  const values = new Set(
    evaluations.flatMap((evaluated) =>
      firedOf(evaluated, type).map((outcome) => JSON.stringify(outcome.params)),
    ),
  );
  if (values.size > 1)
    throw new DistributionError(
      `The rule set gives different "${type}" settings to different municipalities`,
    );
  return values.size === 1 ? (JSON.parse([...values][0]) as T) : fallback;
}

function eligibility(evaluated: Evaluated): { eligible: boolean; reasons: string[] } {
  if (evaluated.resolved.missing.length > 0) {
    return { eligible: false, reasons: [`no value for ${evaluated.resolved.missing.join(', ')}`] };
  }
  const excluded = firedOf(evaluated, 'exclude').map(
    (outcome) => `not asked: ${paramsOf<{ reason: string }>(outcome).reason}`,
  );
  const eligible = firedOf(evaluated, 'eligible').map(
    (outcome) => paramsOf<{ reason: string }>(outcome).reason,
  );
  if (excluded.length > 0) return { eligible: false, reasons: excluded };
  if (eligible.length === 0) return { eligible: false, reasons: ['no eligibility rule applies'] };
  return { eligible: true, reasons: eligible };
}

/**
 * Splits the national settlement need (and its unaccompanied minors) into requests to municipalities by the
 * request criteria: eligibility, weighted criteria, continuity with last year, minimums, caps and county
 * recommendations, by county first or directly. Whole persons that add up exactly; deterministic.
 */
export async function computeDistribution(input: DistributionInput): Promise<Distribution> {
  if (!Number.isInteger(input.total) || input.total < 0)
    throw new DistributionError('total must be a whole number of 0 or more');
  if (!Number.isInteger(input.em) || input.em < 0 || input.em > input.total) {
    throw new DistributionError('em must be a whole number from 0 to the total');
  }
  const declarations = input.criteria.loaded.document.facts;
  const resolved = resolveFacts(
    declarations,
    input.municipalities.map((municipality) => ({
      ...municipality,
      values: { ...municipality.values, year: input.year },
    })),
  );
  const evaluations: Evaluated[] = [];
  for (const municipality of input.municipalities) {
    const facts = resolved.get(municipality.number)!;
    const outcomes = facts.missing.length > 0 ? [] : await input.criteria.evaluate(facts.facts);
    if (outcomes.length > 0) input.onEvaluated?.(municipality.number, facts.facts, outcomes);
    evaluations.push({ municipality, resolved: facts, fired: outcomes.filter((outcome) => outcome.fired) });
  }

  const method = setting<{ method: 'county-first' | 'direct' }>(evaluations, 'distribution-method', {
    method: 'direct',
  }).method;
  const useRecommendations =
    setting(evaluations, 'county-recommendation', { use: 'ignore' }).use === 'override';
  const explanations = new Map<string, MunicipalityExplanation>();
  const asked: Evaluated[] = [];
  for (const evaluated of evaluations) {
    const { eligible, reasons } = eligibility(evaluated);
    const em = eligible && firedOf(evaluated, 'em-eligible').length > 0;
    explanations.set(evaluated.municipality.number, {
      eligible,
      reasons,
      criteria: [],
      criteriaShare: 0,
      weight: 0,
      minimum: 0,
      maximum: 0,
      quota: 0,
      adjustments: [],
      em: {
        eligible: em,
        reasons: em
          ? firedOf(evaluated, 'em-eligible').map((o) => paramsOf<{ reason: string }>(o).reason)
          : [],
        quota: 0,
        adjustments: [],
      },
    });
    if (eligible) asked.push(evaluated);
  }
  if (asked.length === 0) throw new DistributionError('The criteria leave no municipality to ask');

  weigh(asked, explanations);
  const recommendations = new Map(
    (useRecommendations ? (input.countyRecommendations ?? []) : []).map((recommendation) => [
      recommendation.municipalityNumber,
      recommendation,
    ]),
  );
  const claimants = asked.map((evaluated) =>
    claimantFor(evaluated, explanations.get(evaluated.municipality.number)!, recommendations),
  );
  const countyOf = new Map(
    input.municipalities.map((municipality) => [municipality.number, municipality.countyNumber]),
  );

  const persons = split(input.total, claimants, method, countyOf);
  for (const [number, allocation] of persons.municipalities) {
    const explanation = explanations.get(number)!;
    explanation.quota = allocation.quota;
    explanation.adjustments.push(...allocation.adjustments);
  }

  const emClaimants = asked
    .filter((evaluated) => explanations.get(evaluated.municipality.number)!.em.eligible)
    .map((evaluated) => {
      const number = evaluated.municipality.number;
      const requested = persons.municipalities.get(number)?.persons ?? 0;
      const recommendedEm = recommendations.get(number)?.em;
      return {
        id: number,
        weight: requested > 0 ? explanations.get(number)!.weight : 0,
        minimum: 0,
        maximum: requested,
        belowMinimum: 'exclude' as const,
        fixed: recommendedEm === undefined ? undefined : Math.min(recommendedEm, requested),
      };
    });
  const em = split(input.em, emClaimants, method, countyOf);
  for (const [number, allocation] of em.municipalities) {
    const explanation = explanations.get(number)!.em;
    explanation.quota = allocation.quota;
    explanation.adjustments.push(...allocation.adjustments);
  }

  const municipalities: MunicipalityRequest[] = input.municipalities.map((municipality) => ({
    kommunenummer: municipality.number,
    kommunenavn: municipality.name,
    fylkesnummer: municipality.countyNumber,
    fylkesnavn: municipality.countyName,
    requested: persons.municipalities.get(municipality.number)?.persons ?? 0,
    em: em.municipalities.get(municipality.number)?.persons ?? 0,
    explanation: explanations.get(municipality.number)!,
  }));
  const counties = new Map<string, CountyRequest>();
  for (const municipality of municipalities) {
    const county = counties.get(municipality.fylkesnummer) ?? {
      fylkesnummer: municipality.fylkesnummer,
      fylkesnavn: municipality.fylkesnavn,
      requested: 0,
      em: 0,
      quota: persons.counties.get(municipality.fylkesnummer) ?? 0,
      emQuota: em.counties.get(municipality.fylkesnummer) ?? 0,
    };
    county.requested += municipality.requested;
    county.em += municipality.em;
    counties.set(municipality.fylkesnummer, county);
  }
  return {
    year: input.year,
    total: input.total,
    em: input.em,
    method,
    ruleSet: input.criteria.reference,
    municipalities,
    counties: [...counties.values()].sort((a, b) => a.fylkesnummer.localeCompare(b.fylkesnummer)),
    computedAt: new Date().toISOString(),
  };
}

/** Criteria shares, weighted, blended with last year's share: the weight each municipality's figure follows. */
function weigh(asked: Evaluated[], explanations: Map<string, MunicipalityExplanation>): void {
  const contributions = new Map<string, CriterionContribution[]>();
  const byCriterion = new Map<
    string,
    { number: string; value: number; params: CriterionParams; source: CriterionContribution['source'] }[]
  >();
  for (const evaluated of asked) {
    for (const outcome of firedOf(evaluated, 'criterion')) {
      const params = paramsOf<CriterionParams>(outcome);
      const value = Number(evaluated.resolved.facts[params.fact]);
      const entries = byCriterion.get(params.criterion) ?? [];
      entries.push({
        number: evaluated.municipality.number,
        value,
        params,
        source: evaluated.resolved.sources[params.fact] ?? 'data',
      });
      byCriterion.set(params.criterion, entries);
    }
  }
  for (const entries of byCriterion.values()) {
    const transformed = entries.map((entry) =>
      entry.params.direction === 'higher' ? Math.max(entry.value, 0) : 1 / Math.max(entry.value, 0.1),
    );
    const sum = transformed.reduce((total, value) => total + value, 0);
    entries.forEach((entry, index) => {
      const list = contributions.get(entry.number) ?? [];
      list.push({
        criterion: entry.params.criterion,
        fact: entry.params.fact,
        value: entry.value,
        source: entry.source,
        direction: entry.params.direction,
        weight: entry.params.weight,
        share: sum > 0 ? transformed[index] / sum : 0,
      });
      contributions.set(entry.number, list);
    });
  }
  const totalWeight = Math.max(
    ...asked.map((evaluated) =>
      (contributions.get(evaluated.municipality.number) ?? []).reduce((sum, c) => sum + c.weight, 0),
    ),
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
  asked.forEach((evaluated, index) => {
    const explanation = explanations.get(evaluated.municipality.number)!;
    explanation.criteria = contributions.get(evaluated.municipality.number) ?? [];
    explanation.criteriaShare =
      totalWeight > 0
        ? explanation.criteria.reduce((sum, c) => sum + c.weight * c.share, 0) / totalWeight
        : 1 / asked.length;
    const carry = continuity[index];
    if (carry && basisSum > 0) {
      const lastYear = Number(evaluated.resolved.facts[carry.basis] ?? 0);
      explanation.continuity = {
        basis: carry.basis,
        lastYear,
        share: lastYear / basisSum,
        weight: carry.weight,
      };
      explanation.weight =
        (1 - carry.weight) * explanation.criteriaShare + carry.weight * (lastYear / basisSum);
    } else {
      explanation.weight = explanation.criteriaShare;
    }
  });
}

interface CriterionParams {
  criterion: string;
  fact: string;
  weight: number;
  direction: 'higher' | 'lower';
}

function claimantFor(
  evaluated: Evaluated,
  explanation: MunicipalityExplanation,
  recommendations: Map<string, CountyRecommendation>,
): Claimant {
  const minimums = firedOf(evaluated, 'minimum').map((outcome) =>
    paramsOf<{ persons: number; belowMinimum: 'exclude' | 'raise' }>(outcome),
  );
  // Rules fire in priority order; the first minimum that fires is the one in force for this municipality.
  const minimum = minimums[0] ?? { persons: 1, belowMinimum: 'exclude' as const };
  const caps = firedOf(evaluated, 'cap').map((outcome) =>
    paramsOf<{ persons?: number; percentOfPopulation?: number }>(outcome),
  );
  const maximum = Math.min(
    ...caps.map((cap) => cap.persons ?? Number.MAX_SAFE_INTEGER),
    ...caps.map((cap) =>
      cap.percentOfPopulation === undefined
        ? Number.MAX_SAFE_INTEGER
        : Math.floor((evaluated.municipality.population * cap.percentOfPopulation) / 100),
    ),
    Number.MAX_SAFE_INTEGER,
  );
  explanation.minimum = minimum.persons;
  explanation.maximum = maximum;
  const recommended = recommendations.get(evaluated.municipality.number);
  if (recommended) explanation.adjustments.push(`the county authority recommends ${recommended.persons}`);
  const impossible = !recommended && maximum < minimum.persons;
  if (impossible)
    explanation.adjustments.push(
      `not asked: its cap (${maximum}) is below its minimum request (${minimum.persons})`,
    );
  return {
    id: evaluated.municipality.number,
    weight: impossible ? 0 : explanation.weight,
    minimum: minimum.persons,
    maximum,
    belowMinimum: minimum.belowMinimum,
    fixed: recommended?.persons,
  };
}

interface Split {
  municipalities: Map<string, { persons: number; quota: number; adjustments: string[] }>;
  counties: Map<string, number>;
}

/** Apportions directly, or first to counties (by the sum of their municipalities' weights) and then within each. */
function split(
  total: number,
  claimants: Claimant[],
  method: 'county-first' | 'direct',
  countyOf: Map<string, string>,
): Split {
  const result: Split = { municipalities: new Map(), counties: new Map() };
  const store = (allocations: ReturnType<typeof apportion>) => {
    for (const allocation of allocations) result.municipalities.set(allocation.id, allocation);
  };
  try {
    if (method === 'direct') {
      store(apportion(total, claimants));
      return result;
    }
    const byCounty = new Map<string, Claimant[]>();
    for (const claimant of claimants) {
      const county = countyOf.get(claimant.id)!;
      byCounty.set(county, [...(byCounty.get(county) ?? []), claimant]);
    }
    // Figures set from outside (county recommendations) come off the national total first; the rest is split
    // between counties by their open municipalities' weights, then within each county.
    const fixedIn = (members: Claimant[]) => members.reduce((sum, member) => sum + (member.fixed ?? 0), 0);
    const openTotal = total - claimants.reduce((sum, claimant) => sum + (claimant.fixed ?? 0), 0);
    if (openTotal < 0) throw new ApportionmentError(`Figures set from outside exceed the total (${total})`);
    const dropped = new Set<string>();
    for (;;) {
      const countyClaimants: Claimant[] = [...byCounty].map(([county, members]) => {
        const open = members.filter((member) => member.fixed === undefined && member.weight > 0);
        return {
          id: county,
          weight: dropped.has(county) ? 0 : open.reduce((sum, member) => sum + member.weight, 0),
          // A county's share below the smallest request any of its municipalities can get goes to other counties.
          minimum: open.length ? Math.min(...open.map((member) => member.minimum)) : 0,
          maximum: open.reduce((sum, member) => Math.min(Number.MAX_SAFE_INTEGER, sum + member.maximum), 0),
          belowMinimum: 'exclude',
        };
      });
      const counties = apportion(openTotal, countyClaimants);
      const failed = counties.find((county) => {
        try {
          store(apportion(county.persons + fixedIn(byCounty.get(county.id)!), byCounty.get(county.id)!));
          return false;
        } catch (error) {
          if (error instanceof ApportionmentError) return true;
          throw error;
        }
      });
      if (!failed) {
        for (const county of counties)
          result.counties.set(county.id, county.quota + fixedIn(byCounty.get(county.id)!));
        break;
      }
      // The county's share cannot be given to its municipalities within their minimums: share it elsewhere.
      dropped.add(failed.id);
      result.municipalities.clear();
    }
    return result;
  } catch (error) {
    if (error instanceof ApportionmentError) throw new DistributionError(error.message);
    throw error;
  }
}
