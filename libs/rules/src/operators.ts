/** json-rules-engine's built-in operators. */
export const BUILT_IN_OPERATORS = new Set([
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
]);

export const NUMERIC_OPERATORS = new Set([
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
]);

/**
 * The project's own operators, for what policy rules need and the built-in ones cannot say. Each works on
 * a `series` fact: numbers ordered oldest first (for example weekly counts, or [baseline, current]).
 * Rules cannot define operators or run code; only these exist.
 */
export interface DomainOperator {
  name: string;
  description: string;
  example: { fact: number[]; value: unknown; result: boolean };
  /** Checks the condition's `value`; returns a problem in words, or undefined when it is fine. */
  checkValue(value: unknown): string | undefined;
  /** A function of its arguments only (no `this`), so that evaluators can call it directly. */
  evaluate: (series: unknown, value: unknown) => boolean;
}

function numbers(series: unknown): number[] | undefined {
  if (!Array.isArray(series)) return undefined;
  for (let index = 0; index < series.length; index += 1) {
    const item: unknown = series[index];
    if (typeof item !== 'number' || !Number.isFinite(item)) return undefined;
  }
  return series as number[];
}

function percentChange(series: number[]): number | undefined {
  if (series.length < 2) return undefined;
  const first = series[0];
  const last = series[series.length - 1];
  if (first === 0) return last === 0 ? 0 : Number.POSITIVE_INFINITY * Math.sign(last);
  return ((last - first) / Math.abs(first)) * 100;
}

const percentValue = (value: unknown) =>
  typeof value === 'number' && value >= 0 ? undefined : 'must be a percentage (a number, 0 or more)';

export const DOMAIN_OPERATORS: DomainOperator[] = [
  {
    name: 'percentChangeAtLeast',
    description:
      'The last number differs from the first by at least the given percentage of the first, up or down.',
    example: { fact: [13000, 11500], value: 10, result: true },
    checkValue: percentValue,
    evaluate(series, value) {
      const values = numbers(series);
      const change = values && percentChange(values);
      return change !== undefined && Math.abs(change) >= (value as number);
    },
  },
  {
    name: 'percentIncreaseAtLeast',
    description: 'The last number is at least the given percentage above the first.',
    example: { fact: [40, 46], value: 15, result: true },
    checkValue: percentValue,
    evaluate(series, value) {
      const values = numbers(series);
      const change = values && percentChange(values);
      return change !== undefined && change >= (value as number);
    },
  },
  {
    name: 'absoluteChangeAtLeast',
    description: 'The last number differs from the first by at least the given amount, up or down.',
    example: { fact: [120, 40], value: 50, result: true },
    checkValue: (value) =>
      typeof value === 'number' && value >= 0 ? undefined : 'must be an amount (a number, 0 or more)',
    evaluate(series, value) {
      const values = numbers(series);
      return (
        values !== undefined &&
        values.length >= 2 &&
        Math.abs(values[values.length - 1] - values[0]) >= (value as number)
      );
    },
  },
  {
    name: 'allBelowInLast',
    description:
      'Each of the last `periods` numbers of the series is below `threshold` (and there are that many).',
    example: { fact: [90, 84, 83, 80], value: { threshold: 85, periods: 3 }, result: true },
    checkValue(value) {
      const { threshold, periods } = (value ?? {}) as { threshold?: unknown; periods?: unknown };
      if (
        typeof threshold !== 'number' ||
        typeof periods !== 'number' ||
        !Number.isInteger(periods) ||
        periods < 1
      ) {
        return 'must be { "threshold": number, "periods": N } with N a whole number of 1 or more';
      }
      return undefined;
    },
    evaluate(series, value) {
      const values = numbers(series);
      const { threshold, periods } = value as { threshold: number; periods: number };
      return (
        values !== undefined &&
        values.length >= periods &&
        values.slice(-periods).every((item) => item < threshold)
      );
    },
  },
  {
    name: 'risingInAtLeast',
    description:
      'Among the last `periods` steps of the series (each step compares a number with the one before it), ' +
      'at least `rises` went up.',
    example: { fact: [10, 12, 15, 14, 18], value: { rises: 3, periods: 4 }, result: true },
    checkValue(value) {
      const { rises, periods } = (value ?? {}) as { rises?: unknown; periods?: unknown };
      const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1;
      if (!whole(rises) || !whole(periods))
        return 'must be { "rises": N, "periods": M } with whole numbers of 1 or more';
      if ((rises as number) > (periods as number)) return '"rises" cannot be more than "periods"';
      return undefined;
    },
    evaluate(series, value) {
      const values = numbers(series);
      const { rises, periods } = value as { rises: number; periods: number };
      if (!values || values.length < periods + 1) return false;
      const recent = values.slice(-(periods + 1));
      let count = 0;
      for (let index = 1; index < recent.length; index += 1)
        if (recent[index] > recent[index - 1]) count += 1;
      return count >= rises;
    },
  },
];

export const DOMAIN_OPERATOR_NAMES = new Set(DOMAIN_OPERATORS.map((operator) => operator.name));

export function domainOperator(name: string): DomainOperator | undefined {
  return DOMAIN_OPERATORS.find((operator) => operator.name === name);
}
