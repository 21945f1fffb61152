import type { CriterionContribution } from './distribution.js';
import { type Evaluated, firedOf, paramsOf } from './evaluations.js';

export interface CriterionParams {
  criterion: string;
  fact: string;
  weight: number;
  direction: 'higher' | 'lower';
}

interface CriterionValue {
  number: string;
  value: number;
  params: CriterionParams;
  source: CriterionContribution['source'];
}

/**
 * Each municipality's share of every criterion among the municipalities asked: in proportion to the value where
 * higher asks more, to its inverse where lower does (values below 0.1 count as 0.1). By municipality number,
 * each municipality's criteria in the order the criteria first fired.
 */
export function criterionShares(asked: Evaluated[]): Map<string, CriterionContribution[]> {
  const byCriterion = new Map<string, CriterionValue[]>();
  for (const evaluated of asked) {
    for (const outcome of firedOf(evaluated, 'criterion')) {
      const params = paramsOf<CriterionParams>(outcome);
      const entries = byCriterion.get(params.criterion) ?? [];
      entries.push({
        number: evaluated.municipality.number,
        value: Number(evaluated.resolved.facts[params.fact]),
        params,
        source: evaluated.resolved.sources[params.fact] ?? 'data',
      });
      byCriterion.set(params.criterion, entries);
    }
  }
  const contributions = new Map<string, CriterionContribution[]>();
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
  return contributions;
}
