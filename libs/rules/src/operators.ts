/** json-rules-engine's built-in operators; rule files may use only these (and the project's own, later). */
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
