import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Condition, FactDeclaration, RuleSetDocument } from './rule-set.js';
import { ruleSetJsonSchema } from './rule-set-schema.js';
import { BUILT_IN_OPERATORS, NUMERIC_OPERATORS } from './operators.js';

export interface RuleSetProblem {
  /** JSON path inside the file, e.g. $.rules[1].conditions.all[0].fact */
  path: string;
  rule?: string;
  message: string;
}

const addFormats = addFormatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateShape = ajv.compile(ruleSetJsonSchema);

/** Validates the shape (JSON Schema) and then the meaning: declared facts, operators, value types, names. */
export function validateRuleSet(candidate: unknown): RuleSetProblem[] {
  if (!validateShape(candidate)) return shapeProblems(validateShape.errors ?? []);
  const document = candidate as RuleSetDocument;
  const problems: RuleSetProblem[] = [];
  const facts = new Map(document.facts.map((fact) => [fact.name, fact]));
  const seenFacts = new Set<string>();
  document.facts.forEach((fact, index) => {
    if (seenFacts.has(fact.name))
      problems.push({ path: `$.facts[${index}].name`, message: `fact "${fact.name}" is declared twice` });
    seenFacts.add(fact.name);
  });
  const seenRules = new Set<string>();
  document.rules.forEach((rule, index) => {
    const path = `$.rules[${index}]`;
    if (seenRules.has(rule.name))
      problems.push({
        path: `${path}.name`,
        rule: rule.name,
        message: `another rule is already called "${rule.name}"`,
      });
    seenRules.add(rule.name);
    checkCondition(rule.conditions, `${path}.conditions`, rule.name, facts, problems);
  });
  return problems;
}

function checkCondition(
  condition: Condition,
  path: string,
  rule: string,
  facts: Map<string, FactDeclaration>,
  problems: RuleSetProblem[],
): void {
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const members = 'all' in condition ? condition.all : condition.any;
    if (members.length === 0)
      problems.push({ path: `${path}.${key}`, rule, message: `the "${key}" group has no conditions` });
    members.forEach((member, index) =>
      checkCondition(member, `${path}.${key}[${index}]`, rule, facts, problems),
    );
    return;
  }
  if ('not' in condition) {
    checkCondition(condition.not, `${path}.not`, rule, facts, problems);
    return;
  }
  const declared = facts.get(condition.fact);
  if (!declared) {
    problems.push({
      path: `${path}.fact`,
      rule,
      message: `uses the fact "${condition.fact}", which the rule set does not declare`,
    });
  }
  if (!BUILT_IN_OPERATORS.has(condition.operator)) {
    problems.push({
      path: `${path}.operator`,
      rule,
      message: `"${condition.operator}" is not a known operator`,
    });
    return;
  }
  if (!declared || isFactReference(condition.value)) return;
  const expected = ['in', 'notIn'].includes(condition.operator) ? 'array' : declared.type;
  const actual = Array.isArray(condition.value) ? 'array' : typeof condition.value;
  if (NUMERIC_OPERATORS.has(condition.operator) && declared.type !== 'number') {
    problems.push({
      path: `${path}.operator`,
      rule,
      message: `"${condition.operator}" compares numbers, but "${declared.name}" is a ${declared.type}`,
    });
  } else if (actual !== expected) {
    problems.push({
      path: `${path}.value`,
      rule,
      message: `compares "${declared.name}" (a ${declared.type}) with ${JSON.stringify(condition.value)}, which is a ${actual}`,
    });
  }
}

function isFactReference(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'fact' in value;
}

function shapeProblems(errors: ErrorObject[]): RuleSetProblem[] {
  return errors
    .filter((error) => !['oneOf', 'anyOf'].includes(error.keyword))
    .map((error) => {
      const path = `$${error.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`;
      const params = error.params as Record<string, unknown>;
      const detail =
        error.keyword === 'required'
          ? `is missing "${String(params.missingProperty)}"`
          : error.keyword === 'additionalProperties'
            ? `has "${String(params.additionalProperty)}", which is not part of a rule set`
            : (error.message ?? error.keyword);
      return { path, message: detail };
    });
}
