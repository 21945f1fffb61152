import type { FactDeclaration, RuleSetDocument } from '#rules';

import type { CriterionContribution } from './distribution.js';
import { type Evaluated, firedOf, paramsOf } from './evaluations.js';

/** A criterion as a rule declares it (the `criterion` event's params). */
export interface CriterionParams {
  criterion: string;
  fact: string;
  weight: number;
  direction: 'higher' | 'lower';
  /** The value raised to this power (0.5: square root): size that counts less than in proportion. */
  power?: number;
  /** Another fact the value is multiplied by: a rate becomes rate × population, so it scales with size. */
  scaleBy?: string;
  scalePower?: number;
  /** When no municipality asked has a value: refuse the distribution (default), or leave the criterion out. */
  whenNoData?: 'refuse' | 'redistribute';
}

export interface CriterionShares {
  /** Each municipality's contributions, by municipality number, in the order the criteria first fired. */
  contributions: Map<string, CriterionContribution[]>;
  /** Criteria declared in the rule set that no municipality asked has anything for. */
  withoutData: CriterionParams[];
}

/** The criteria a rule set declares, by name (a name in several rules is one criterion). */
export function declaredCriteria(document: RuleSetDocument): CriterionParams[] {
  const byName = new Map<string, CriterionParams>();
  for (const rule of document.rules) {
    if (rule.event.type !== 'criterion') continue;
    const params = rule.event.params as unknown as CriterionParams;
    if (!byName.has(params.criterion)) byName.set(params.criterion, params);
  }
  return [...byName.values()];
}

interface CriterionValue {
  number: string;
  value: number;
  scale: number;
  params: CriterionParams;
  source: CriterionContribution['source'];
}

const numeric = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The criterion in words: "population^0.6", "employmentRate × population^0.6", "100 − immigrantSharePercent". */
export function measureOf(params: CriterionParams, ceiling?: number): string {
  const value = params.direction === 'lower' ? `${ceiling ?? 'the largest'} − ${params.fact}` : params.fact;
  const powered =
    params.power === undefined || params.power === 1
      ? value
      : `${params.direction === 'lower' ? `(${value})` : value}^${params.power}`;
  if (!params.scaleBy) return powered;
  const scale =
    params.scalePower === undefined || params.scalePower === 1
      ? params.scaleBy
      : `${params.scaleBy}^${params.scalePower}`;
  return `${powered} × ${scale}`;
}

/**
 * Each municipality's share of every criterion among the municipalities asked, in proportion to its measure:
 * the value (where lower asks more: the fact's declared maximum, or else the largest value, minus the value),
 * raised to the criterion's power, times the fact it is scaled by. A municipality without a value for the
 * criterion's facts gets no share of it; a criterion with no value anywhere is reported, never spread equally.
 */
export function criterionShares(
  asked: Evaluated[],
  declarations: Map<string, FactDeclaration>,
  declared: CriterionParams[],
): CriterionShares {
  const byCriterion = new Map<string, CriterionValue[]>(declared.map((params) => [params.criterion, []]));
  for (const evaluated of asked) {
    for (const outcome of firedOf(evaluated, 'criterion')) {
      const params = paramsOf<CriterionParams>(outcome);
      const value = numeric(evaluated.resolved.facts[params.fact]);
      const scale = params.scaleBy ? numeric(evaluated.resolved.facts[params.scaleBy]) : 1;
      if (value === undefined || scale === undefined) continue;
      const entries = byCriterion.get(params.criterion) ?? [];
      entries.push({
        number: evaluated.municipality.number,
        value,
        scale,
        params,
        source: evaluated.resolved.sources[params.fact] ?? 'data',
      });
      byCriterion.set(params.criterion, entries);
    }
  }
  const contributions = new Map<string, CriterionContribution[]>();
  const withoutData: CriterionParams[] = [];
  for (const [name, entries] of byCriterion) {
    const ceiling =
      declarations.get(entries[0]?.params.fact ?? '')?.range?.max ??
      Math.max(...entries.map((entry) => entry.value));
    const bases = entries.map((entry) => basisOf(entry, ceiling));
    const sum = bases.reduce((total, basis) => total + basis, 0);
    if (!(sum > 0)) {
      withoutData.push(declared.find((params) => params.criterion === name) ?? entries[0].params);
      continue;
    }
    entries.forEach((entry, index) => {
      const list = contributions.get(entry.number) ?? [];
      list.push({
        criterion: entry.params.criterion,
        fact: entry.params.fact,
        value: entry.value,
        source: entry.source,
        direction: entry.params.direction,
        measure: measureOf(entry.params, entry.params.direction === 'lower' ? ceiling : undefined),
        basis: bases[index],
        weight: entry.params.weight,
        share: bases[index] / sum,
      });
      contributions.set(entry.number, list);
    });
  }
  return { contributions, withoutData };
}

function basisOf(entry: CriterionValue, ceiling: number): number {
  const { params } = entry;
  const oriented = Math.max(params.direction === 'lower' ? ceiling - entry.value : entry.value, 0);
  const scale = params.scaleBy ? Math.max(entry.scale, 0) ** (params.scalePower ?? 1) : 1;
  return oriented ** (params.power ?? 1) * scale;
}
