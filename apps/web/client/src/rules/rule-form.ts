/**
 * The form ⇄ json-rules-engine mapping of the rule workbench: a rule set's conditions as form rows (fact,
 * operator, value as typed text) and back, exactly (fromForm(toForm(x)) is x, key order included), with the
 * form's checks of a value against the fact's declared type and range.
 */
import { ALL_OPERATORS, operatorsFor } from './operators';
import type {
  Condition,
  ConditionGroup,
  FactDeclaration,
  LeafCondition,
  Rule,
  RuleSetDocument,
} from './rule-set-types';

/** How a value is typed in the form: a number, text, true/false, or JSON (lists, fact references, operator settings). */
export type ValueKind = 'number' | 'string' | 'boolean' | 'json';

export interface ConditionRow {
  kind: 'condition';
  fact: string;
  operator: string;
  valueKind: ValueKind;
  valueText: string;
  path?: string;
  params?: Record<string, unknown>;
}

export interface GroupRow {
  kind: 'all' | 'any' | 'not';
  items: NodeRow[];
}

export type NodeRow = ConditionRow | GroupRow;

export interface RuleRow {
  name: string;
  description?: string;
  priority?: number;
  conditions: GroupRow;
  event: Rule['event'];
}

export interface RuleSetForm {
  /** Everything but the rules, kept as it is. */
  header: Omit<RuleSetDocument, 'rules'>;
  rules: RuleRow[];
  /** Keys of the document in their order, so the JSON comes back in the order it was written. */
  keyOrder: string[];
}

export function valueKindOf(value: unknown): ValueKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'json';
}

export function valueText(value: unknown): string {
  return valueKindOf(value) === 'json' ? JSON.stringify(value) : String(value);
}

/** The value the text stands for, or an error naming what is wrong. */
export function parseValue(kind: ValueKind, text: string): { value: unknown } | { error: string } {
  switch (kind) {
    case 'number': {
      const value = Number(text.trim().replace(',', '.'));
      return text.trim() !== '' && Number.isFinite(value) ? { value } : { error: 'must be a number' };
    }
    case 'boolean':
      return text === 'true'
        ? { value: true }
        : text === 'false'
          ? { value: false }
          : { error: 'must be true or false' };
    case 'string':
      return { value: text };
    case 'json':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch {
        return { error: 'must be JSON' };
      }
  }
}

const isGroup = (condition: Condition): condition is ConditionGroup =>
  'all' in condition || 'any' in condition || 'not' in condition;

export function conditionToRow(condition: Condition): NodeRow {
  if (isGroup(condition)) {
    if ('all' in condition) return { kind: 'all', items: condition.all.map(conditionToRow) };
    if ('any' in condition) return { kind: 'any', items: condition.any.map(conditionToRow) };
    return { kind: 'not', items: [conditionToRow(condition.not)] };
  }
  return {
    kind: 'condition',
    fact: condition.fact,
    operator: condition.operator,
    valueKind: valueKindOf(condition.value),
    valueText: valueText(condition.value),
    ...(condition.path !== undefined ? { path: condition.path } : {}),
    ...(condition.params !== undefined ? { params: condition.params } : {}),
  };
}

/** Thrown by fromForm when a value cannot be read; the form shows `path`. */
export class FormValueError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export function rowToCondition(row: NodeRow, path = '$'): Condition {
  if (row.kind === 'condition') {
    const parsed = parseValue(row.valueKind, row.valueText);
    if ('error' in parsed) throw new FormValueError(`${path}.value`, parsed.error);
    const leaf: LeafCondition = { fact: row.fact, operator: row.operator, value: parsed.value };
    if (row.path !== undefined) leaf.path = row.path;
    if (row.params !== undefined) leaf.params = row.params;
    return leaf;
  }
  if (row.kind === 'not') {
    if (row.items.length !== 1)
      throw new FormValueError(`${path}.not`, 'a "not" holds exactly one condition');
    return { not: rowToCondition(row.items[0], `${path}.not`) };
  }
  const items = row.items.map((item, index) => rowToCondition(item, `${path}.${row.kind}[${index}]`));
  return row.kind === 'all' ? { all: items } : { any: items };
}

export function ruleToRow(rule: Rule): RuleRow {
  return {
    name: rule.name,
    ...(rule.description !== undefined ? { description: rule.description } : {}),
    ...(rule.priority !== undefined ? { priority: rule.priority } : {}),
    conditions: conditionToRow(rule.conditions) as GroupRow,
    event: rule.event,
  };
}

export function rowToRule(row: RuleRow, path: string): Rule {
  const rule: Rule = { name: row.name } as Rule;
  if (row.description !== undefined) rule.description = row.description;
  if (row.priority !== undefined) rule.priority = row.priority;
  rule.conditions = rowToCondition(row.conditions, `${path}.conditions`) as ConditionGroup;
  rule.event = row.event;
  return rule;
}

export function toForm(document: RuleSetDocument): RuleSetForm {
  const { rules, ...header } = document;
  return { header, rules: rules.map(ruleToRow), keyOrder: Object.keys(document) };
}

export function fromForm(form: RuleSetForm): RuleSetDocument {
  const rules = form.rules.map((rule, index) => rowToRule(rule, `$.rules[${index}]`));
  const all: Record<string, unknown> = { ...form.header, rules };
  const ordered: Record<string, unknown> = {};
  for (const key of form.keyOrder) if (key in all) ordered[key] = all[key];
  for (const key of Object.keys(all)) if (!(key in ordered)) ordered[key] = all[key];
  return ordered as unknown as RuleSetDocument;
}

export interface RowProblem {
  field: 'fact' | 'operator' | 'value';
  message: string;
}

/** What is wrong with one condition row, by the rule set's declarations: the fact, the operator, the value's type and range. */
export function checkConditionRow(row: ConditionRow, facts: readonly FactDeclaration[]): RowProblem[] {
  const fact = facts.find((candidate) => candidate.name === row.fact);
  if (!fact) return [{ field: 'fact', message: `"${row.fact}" is not a declared fact` }];
  const problems: RowProblem[] = [];
  if (!ALL_OPERATORS.includes(row.operator)) {
    problems.push({ field: 'operator', message: `"${row.operator}" is not an operator` });
  } else if (!operatorsFor(fact.type).includes(row.operator)) {
    problems.push({ field: 'operator', message: `"${row.operator}" does not apply to a ${fact.type}` });
  }
  const parsed = parseValue(row.valueKind, row.valueText);
  if ('error' in parsed) return [...problems, { field: 'value', message: parsed.error }];
  const value = parsed.value;
  if (typeof value === 'object' && value !== null && 'fact' in value) {
    const other = facts.find((candidate) => candidate.name === value.fact);
    if (!other) problems.push({ field: 'value', message: 'refers to a fact that is not declared' });
    return problems;
  }
  const list = row.operator === 'in' || row.operator === 'notIn';
  if (list) {
    if (!Array.isArray(value)) problems.push({ field: 'value', message: 'must be a list, such as [1, 2]' });
    return problems;
  }
  if (fact.type === 'number' || fact.type === 'boolean' || fact.type === 'string') {
    if (typeof value !== fact.type) problems.push({ field: 'value', message: `must be a ${fact.type}` });
    else if (typeof value === 'number' && fact.range) {
      const { min, max } = fact.range;
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        problems.push({ field: 'value', message: `must be from ${min ?? '…'} to ${max ?? '…'}` });
      }
    }
  }
  return problems;
}

/** Every condition row of a rule, with its JSON path in the rule set. */
export function conditionRows(row: NodeRow, path: string): { row: ConditionRow; path: string }[] {
  if (row.kind === 'condition') return [{ row, path }];
  if (row.kind === 'not') return row.items.flatMap((item) => conditionRows(item, `${path}.not`));
  return row.items.flatMap((item, index) => conditionRows(item, `${path}.${row.kind}[${index}]`));
}
