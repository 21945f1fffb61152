import type { FactType } from './rule-set-types';

/** json-rules-engine's operators and the project's own series operators (libs/rules/src/operators.ts). */
export const NUMERIC_OPERATORS = [
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export const EQUALITY_OPERATORS = ['equal', 'notEqual'] as const;
export const LIST_OPERATORS = ['in', 'notIn'] as const;
export const CONTAINS_OPERATORS = ['contains', 'doesNotContain'] as const;
export const SERIES_OPERATORS = [
  'percentChangeAtLeast',
  'percentIncreaseAtLeast',
  'absoluteChangeAtLeast',
  'allBelowInLast',
  'risingInAtLeast',
] as const;

/** The operators a condition on a fact of this type may use. */
export function operatorsFor(type: FactType): readonly string[] {
  switch (type) {
    case 'number':
      return [...EQUALITY_OPERATORS, ...NUMERIC_OPERATORS, ...LIST_OPERATORS];
    case 'series':
      return [...SERIES_OPERATORS, ...CONTAINS_OPERATORS];
    case 'boolean':
      return [...EQUALITY_OPERATORS];
    case 'string':
      return [...EQUALITY_OPERATORS, ...LIST_OPERATORS];
  }
}

export const ALL_OPERATORS: readonly string[] = [
  ...EQUALITY_OPERATORS,
  ...NUMERIC_OPERATORS,
  ...LIST_OPERATORS,
  ...CONTAINS_OPERATORS,
  ...SERIES_OPERATORS,
];

/** Each operator in words, Norwegian and English. */
export const OPERATOR_WORDS: Record<string, { nb: string; en: string }> = {
  equal: { nb: 'er lik', en: 'equals' },
  notEqual: { nb: 'er ikke lik', en: 'does not equal' },
  lessThan: { nb: 'er under', en: 'is below' },
  lessThanInclusive: { nb: 'er høyst', en: 'is at most' },
  greaterThan: { nb: 'er over', en: 'is above' },
  greaterThanInclusive: { nb: 'er minst', en: 'is at least' },
  in: { nb: 'er en av', en: 'is one of' },
  notIn: { nb: 'er ingen av', en: 'is none of' },
  contains: { nb: 'inneholder', en: 'contains' },
  doesNotContain: { nb: 'inneholder ikke', en: 'does not contain' },
  percentChangeAtLeast: { nb: 'har endret seg med minst (prosent)', en: 'has changed by at least (percent)' },
  percentIncreaseAtLeast: { nb: 'har økt med minst (prosent)', en: 'has risen by at least (percent)' },
  absoluteChangeAtLeast: { nb: 'har endret seg med minst', en: 'has changed by at least' },
  allBelowInLast: {
    nb: 'har ligget under terskelen hele perioden',
    en: 'has stayed below the threshold throughout',
  },
  risingInAtLeast: { nb: 'har steget i minst', en: 'has risen in at least' },
};
