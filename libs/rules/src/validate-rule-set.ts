import type { ErrorObject } from 'ajv/dist/2020.js';

import { ruleSetContractOf } from '#contracts';

import { BUILT_IN_OPERATORS, domainOperator, NUMERIC_OPERATORS } from './operators.js';
import type { Condition, FactDeclaration, RuleSetDocument } from './rule-set.js';
import { paramsSchemaKey, RULE_SET_SHAPE, schemaValidator } from './schema-validators.js';

export interface RuleSetProblem {
  /** JSON path inside the file, e.g. $.rules[1].conditions.all[0].fact */
  path: string;
  rule?: string;
  message: string;
}

/** Validates the shape (JSON Schema) and then the meaning: declared facts, operators, value types, names, params. */
export function validateRuleSet(candidate: unknown): RuleSetProblem[] {
  const validateShape = schemaValidator(RULE_SET_SHAPE);
  if (!validateShape(candidate)) return shapeProblems(validateShape.errors ?? []);
  const document = candidate as RuleSetDocument;
  const problems: RuleSetProblem[] = [];
  const facts = new Map(document.facts.map((fact) => [fact.name, fact]));
  const seenFacts = new Set<string>();
  document.facts.forEach((fact, index) => {
    if (seenFacts.has(fact.name)) {
      problems.push({ path: `$.facts[${index}].name`, message: `fact "${fact.name}" is declared twice` });
    }
    seenFacts.add(fact.name);
  });
  if (document.effectiveTo && document.effectiveTo < document.effectiveFrom) {
    problems.push({ path: '$.effectiveTo', message: 'the rule set cannot end before it starts' });
  }
  const contract = ruleSetContractOf(document.id);
  if (contract?.factsNeedWhenMissing) {
    document.facts.forEach((fact, index) => {
      if (!fact.whenMissing) {
        problems.push({
          path: `$.facts[${index}]`,
          message: `fact "${fact.name}" must say what happens when a municipality has no value (whenMissing)`,
        });
      }
    });
  }
  if (contract?.suppliedFacts) {
    document.facts.forEach((fact, index) => {
      if (!contract.suppliedFacts!.includes(fact.name)) {
        problems.push({
          path: `$.facts[${index}].name`,
          message: `the ${contract.service} service does not supply a fact called "${fact.name}"; it supplies ${contract.suppliedFacts!.join(', ')}`,
        });
      }
    });
  }
  problems.push(...parameterProblems(document, contract?.parameters ?? []));
  const seenRules = new Set<string>();
  document.rules.forEach((rule, index) => {
    const path = `$.rules[${index}]`;
    if (seenRules.has(rule.name)) {
      problems.push({
        path: `${path}.name`,
        rule: rule.name,
        message: `another rule is already called "${rule.name}"`,
      });
    }
    seenRules.add(rule.name);
    checkCondition(rule.conditions, `${path}.conditions`, rule.name, facts, problems);
    checkEvent(document.id, rule.event, `${path}.event`, rule.name, facts, problems);
  });
  return problems;
}

function parameterProblems(document: RuleSetDocument, required: string[]): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const declared = document.parameters ?? [];
  const seen = new Set<string>();
  declared.forEach((parameter, index) => {
    const path = `$.parameters[${index}]`;
    if (seen.has(parameter.name))
      problems.push({ path: `${path}.name`, message: `parameter "${parameter.name}" is declared twice` });
    seen.add(parameter.name);
    if (!required.includes(parameter.name))
      problems.push({
        path: `${path}.name`,
        message: `the service reads no parameter called "${parameter.name}"${required.length ? `; it reads ${required.join(', ')}` : ''}`,
      });
    const { min, max } = parameter.range ?? {};
    if ((min !== undefined && parameter.value < min) || (max !== undefined && parameter.value > max))
      problems.push({
        path: `${path}.value`,
        message: `${parameter.value} is outside the parameter's range (${min ?? '…'} to ${max ?? '…'})`,
      });
  });
  for (const name of required)
    if (!seen.has(name))
      problems.push({ path: '$.parameters', message: `the service needs the parameter "${name}"` });
  return problems;
}

function checkEvent(
  ruleSetId: string,
  event: { type: string; params?: Record<string, unknown> },
  path: string,
  rule: string,
  facts: Map<string, FactDeclaration>,
  problems: RuleSetProblem[],
): void {
  const contract = ruleSetContractOf(ruleSetId);
  if (!contract) return;
  const schema = contract.eventParams[event.type];
  if (!schema) {
    const known = Object.keys(contract.eventParams).join(', ');
    problems.push({
      path: `${path}.type`,
      rule,
      message: `the ${contract.service} service only understands events of type ${known}`,
    });
    return;
  }
  const validate = schemaValidator(paramsSchemaKey(ruleSetId, event.type));
  if (!validate(event.params ?? {})) {
    for (const problem of shapeProblems(validate.errors ?? [], `${path}.params`)) {
      problems.push({
        ...problem,
        rule,
        message: `${problem.message} (the ${contract.service} service reads these params)`,
      });
    }
    return;
  }
  for (const param of contract.factParams ?? ['fact']) {
    const namedFact = (event.params as Record<string, unknown>)[param];
    if (typeof namedFact === 'string' && facts.get(namedFact)?.type !== 'number') {
      problems.push({
        path: `${path}.params.${param}`,
        rule,
        message: `"${namedFact}" must be a number fact the rule set declares`,
      });
    }
  }
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
    if (members.length === 0) {
      problems.push({ path: `${path}.${key}`, rule, message: `the "${key}" group has no conditions` });
    }
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
  const undeclared = (fact: string, at: string) =>
    problems.push({
      path: at,
      rule,
      message: `uses the fact "${fact}", which the rule set does not declare`,
    });
  if (!declared) undeclared(condition.fact, `${path}.fact`);
  const reference = factReference(condition.value);
  if (reference && !facts.has(reference)) undeclared(reference, `${path}.value.fact`);

  const domain = domainOperator(condition.operator);
  if (domain) {
    if (declared && declared.type !== 'series') {
      problems.push({
        path: `${path}.operator`,
        rule,
        message: `"${domain.name}" reads a series, but "${declared.name}" is a ${declared.type}`,
      });
    }
    const valueProblem = domain.checkValue(condition.value);
    if (valueProblem)
      problems.push({
        path: `${path}.value`,
        rule,
        message: `the value for "${domain.name}" ${valueProblem}`,
      });
    return;
  }
  if (!BUILT_IN_OPERATORS.has(condition.operator)) {
    problems.push({
      path: `${path}.operator`,
      rule,
      message: `"${condition.operator}" is not a known operator`,
    });
    return;
  }
  if (!declared) return;
  if (NUMERIC_OPERATORS.has(condition.operator) && declared.type !== 'number') {
    problems.push({
      path: `${path}.operator`,
      rule,
      message: `"${condition.operator}" compares numbers, but "${declared.name}" is a ${declared.type}`,
    });
    return;
  }
  if (reference) {
    const other = facts.get(reference);
    if (other && other.type !== declared.type) {
      problems.push({
        path: `${path}.value`,
        rule,
        message: `compares "${declared.name}" (a ${declared.type}) with "${other.name}" (a ${other.type})`,
      });
    }
    return;
  }
  const expected = ['in', 'notIn'].includes(condition.operator)
    ? 'array'
    : declared.type === 'series'
      ? 'number'
      : declared.type;
  const actual = Array.isArray(condition.value) ? 'array' : typeof condition.value;
  if (actual !== expected) {
    problems.push({
      path: `${path}.value`,
      rule,
      message: `compares "${declared.name}" (a ${declared.type}) with ${JSON.stringify(condition.value)}, which is a ${actual}`,
    });
  } else if (typeof condition.value === 'number' && declared.range) {
    const { min, max } = declared.range;
    if ((min !== undefined && condition.value < min) || (max !== undefined && condition.value > max)) {
      problems.push({
        path: `${path}.value`,
        rule,
        message: `${condition.value} is outside the allowed range of "${declared.name}" (${min ?? '…'} to ${max ?? '…'})`,
      });
    }
  }
}

function factReference(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && typeof (value as { fact?: unknown }).fact === 'string'
    ? (value as { fact: string }).fact
    : undefined;
}

function shapeProblems(errors: ErrorObject[], root = '$'): RuleSetProblem[] {
  return errors
    .filter((error) => !['oneOf', 'anyOf', 'if'].includes(error.keyword))
    .map((error) => {
      const path = `${root}${error.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`;
      const params = error.params as Record<string, unknown>;
      const detail =
        error.keyword === 'required'
          ? `is missing "${String(params.missingProperty)}"`
          : error.keyword === 'additionalProperties'
            ? `has "${String(params.additionalProperty)}", which is not expected here`
            : error.keyword === 'enum'
              ? `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
              : (error.message ?? error.keyword);
      return { path, message: detail };
    });
}
