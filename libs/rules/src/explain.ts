import type { ConditionTrace, ConditionTree, RuleOutcome } from './compiled-rule-set.js';
import { domainOperator } from './operators.js';

const OPERATOR_WORDS: Record<string, string> = {
  equal: 'is',
  notEqual: 'is not',
  lessThan: 'is less than',
  lessThanInclusive: 'is at most',
  greaterThan: 'is more than',
  greaterThanInclusive: 'is at least',
  in: 'is one of',
  notIn: 'is none of',
  contains: 'contains',
  doesNotContain: 'does not contain',
  percentChangeAtLeast: 'changed by at least this percentage:',
  percentIncreaseAtLeast: 'rose by at least this percentage:',
  absoluteChangeAtLeast: 'changed by at least',
  allBelowInLast: 'stayed below',
  risingInAtLeast: 'rose in at least',
};

function show(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value === undefined) return '(not evaluated)';
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function describeCondition(trace: ConditionTrace): string {
  const verdict = trace.result === null ? 'not evaluated' : trace.result ? 'yes' : 'no';
  let compared: string;
  const reference = (trace.value as { fact?: string } | null)?.fact;
  if (reference) compared = `${reference} (${show(trace.valueResult)})`;
  else if (trace.operator === 'risingInAtLeast') {
    const { rises, periods } = trace.value as { rises: number; periods: number };
    compared = `${rises} of the last ${periods} periods`;
  } else if (trace.operator === 'allBelowInLast') {
    const { threshold, periods } = trace.value as { threshold: number; periods: number };
    compared = `${threshold} in each of the last ${periods} periods`;
  } else compared = show(trace.value);
  const words =
    OPERATOR_WORDS[trace.operator] ?? (domainOperator(trace.operator)?.description || trace.operator);
  return `${trace.fact} (${show(trace.factValue)}) ${words} ${compared}: ${verdict}`;
}

function describeTree(tree: ConditionTree, depth: number): string[] {
  const indent = '  '.repeat(depth);
  if ('all' in tree)
    return [`${indent}all of:`, ...tree.all.flatMap((child) => describeTree(child, depth + 1))];
  if ('any' in tree)
    return [`${indent}any of:`, ...tree.any.flatMap((child) => describeTree(child, depth + 1))];
  if ('not' in tree) return [`${indent}none of:`, ...describeTree(tree.not, depth + 1)];
  return [`${indent}- ${describeCondition(tree)}`];
}

/** A rule's outcome in words: whether it fired, and each condition with its fact value and result. */
export function explainOutcome(outcome: RuleOutcome): string {
  const severity = typeof outcome.params.severity === 'string' ? `, ${outcome.params.severity}` : '';
  const head = `Rule "${outcome.rule}" ${outcome.fired ? `fired (${outcome.eventType}${severity})` : 'did not fire'}:`;
  return [head, ...describeTree(outcome.conditions, 1)].join('\n');
}

export function explainOutcomes(outcomes: RuleOutcome[]): string {
  return outcomes.map(explainOutcome).join('\n');
}
