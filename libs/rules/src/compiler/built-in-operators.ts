/** Compares a condition's fact value with its value; the result decides the condition when it is `true`. */
export type OperatorFunction = (factValue: unknown, value: unknown) => unknown;

interface Indexable {
  indexOf(item: unknown): number;
}

/**
 * json-rules-engine's fact-value check for the numeric operators, `parseFloat(value).toString() !== 'NaN'`,
 * answered without building a string when the value is a number.
 */
function numeric(value: unknown): boolean {
  return typeof value === 'number'
    ? !Number.isNaN(value)
    : Number.parseFloat(value as string).toString() !== 'NaN';
}

/**
 * json-rules-engine's built-in operators with the same expressions and fact-value checks, so that they answer
 * alike for every value, throw where the engine throws (`in` on a value without indexOf) and coerce as it does
 * (`[5] > 3`).
 */
export const BUILT_IN_OPERATOR_FUNCTIONS: ReadonlyMap<string, OperatorFunction> = new Map<
  string,
  OperatorFunction
>([
  ['equal', (a, b) => a === b],
  ['notEqual', (a, b) => a !== b],
  ['in', (a, b) => (b as Indexable).indexOf(a) > -1],
  ['notIn', (a, b) => (b as Indexable).indexOf(a) === -1],
  ['contains', (a, b) => Array.isArray(a) && a.indexOf(b) > -1],
  ['doesNotContain', (a, b) => Array.isArray(a) && a.indexOf(b) === -1],
  ['lessThan', (a, b) => numeric(a) && (a as number) < (b as number)],
  ['lessThanInclusive', (a, b) => numeric(a) && (a as number) <= (b as number)],
  ['greaterThan', (a, b) => numeric(a) && (a as number) > (b as number)],
  ['greaterThanInclusive', (a, b) => numeric(a) && (a as number) >= (b as number)],
]);
