/**
 * The rule library without NestJS, TypeORM or Kafka: the format, validation, the compiled evaluator,
 * explanations, differences, rule-set tests and simulation. Command-line tools import this (`#rules/core`)
 * so that they start without loading the services' frameworks; `#rules` adds the platform parts.
 */
export * from './rule-set.js';
export * from './rule-set-schema.js';
export * from './operators.js';
export * from './validate-rule-set.js';
export * from './load-rule-set.js';
export * from './compiled-rule-set.js';
export * from './engine-rule-set.js';
export * from './explain.js';
export * from './diff-rule-sets.js';
export * from './testing/rule-set-tests.js';
export * from './simulation/simulate.js';
