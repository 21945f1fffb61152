import { DOMAIN_OPERATORS } from '../operators.js';
import type { ConditionTrace } from '../rule-outcome.js';
import { BUILT_IN_OPERATOR_FUNCTIONS, type OperatorFunction } from './built-in-operators.js';
import { type CompiledCondition, NotCompilable, type Test } from './compiled-condition.js';
import { factReader, UndefinedFact } from './fact-reader.js';

type Node = Record<string, unknown>;

const OPERATORS = new Map<string, OperatorFunction>([
  ...BUILT_IN_OPERATOR_FUNCTIONS,
  ...DOMAIN_OPERATORS.map((operator): [string, OperatorFunction] => [operator.name, operator.evaluate]),
]);

const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'path', 'params']);

/** `{ fact, operator, value, path?, params? }`: reads the fact (and the fact `value` names) and compares. */
export function compileLeaf(node: Node): CompiledCondition {
  for (const key of Object.keys(node))
    if (!LEAF_KEYS.has(key))
      throw new NotCompilable(`a condition has "${key}", which the format does not allow`);
  for (const key of ['fact', 'operator', 'value'])
    if (!Object.hasOwn(node, key)) throw new NotCompilable(`a condition has no "${key}"`);
  if (typeof node.fact !== 'string') throw new NotCompilable('a condition names its fact with a string');
  const operator = typeof node.operator === 'string' ? OPERATORS.get(node.operator) : undefined;
  if (!operator) throw new NotCompilable(`"${String(node.operator)}" is not an operator of the format`);
  const readFact = factReader(node.fact, node.path);
  const value = frozenCopy(node.value);
  const reference = typeof value === 'object' && value !== null && Object.hasOwn(value, 'fact');
  const readValue = reference ? factReader((value as Node).fact, (value as Node).path) : undefined;
  const { fact } = node;
  const operatorName = node.operator as string;
  const showsValueResult = typeof value === 'object' && value !== null && 'fact' in value;
  const ticks = Math.max(readFact.ticks, readValue?.ticks ?? 0) + 3;
  const test = leafTest(fact, node.path, operator, value, readFact.read, readValue?.read);
  return {
    test,
    trace: (facts) => {
      const valueResult = readValue ? readValue.read(facts) : value;
      const factValue = readFact.read(facts);
      const result = operator(factValue, valueResult);
      // A literal, not a spread of the constant part: V8 builds spread objects far more slowly.
      const tree: ConditionTrace = {
        fact,
        operator: operatorName,
        value,
        factValue,
        result: typeof result === 'boolean' ? result : null,
      };
      if (showsValueResult) tree.valueResult = valueResult;
      return { value: result, tree };
    },
    ticks,
  };
}

/**
 * The leaf's test; the common form (a fact without a path against a constant) reads the fact in place, and
 * looks for it among the facts' own properties only when it reads undefined: RuleProgram takes only facts
 * whose prototype is Object's (or none), and a fact named like one of Object.prototype's properties is read
 * the careful way.
 */
function leafTest(
  fact: string,
  path: unknown,
  operator: OperatorFunction,
  value: unknown,
  readFact: Test,
  readValue: Test | undefined,
): Test {
  if (readValue) return (facts) => operator(readFact(facts), readValue(facts));
  if (path) return (facts) => operator(readFact(facts), value);
  if (fact in Object.prototype) return (facts) => operator(readFact(facts), value);
  return (facts) => {
    const factValue = facts[fact];
    if (factValue === undefined && !Object.hasOwn(facts, fact)) throw new UndefinedFact(fact);
    return operator(factValue, value);
  };
}

/** The condition's value, copied and frozen: traces share it, and nothing can change it after compilation. */
function frozenCopy(value: unknown): unknown {
  if (value === null || ['number', 'string', 'boolean', 'undefined'].includes(typeof value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy));
  if (typeof value === 'object' && isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) copy[key] = frozenCopy(member);
    return Object.freeze(copy);
  }
  throw new NotCompilable('a condition value must be data (JSON)');
}

/** An object literal or JSON object (of any realm), not an instance of a class. */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
