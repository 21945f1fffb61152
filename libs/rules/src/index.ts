export * from './rule-set.js';
export * from './rule-set-schema.js';
export * from './operators.js';
export * from './validate-rule-set.js';
export * from './load-rule-set.js';
export * from './compiled-rule-set.js';
