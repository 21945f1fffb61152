import { DOMAIN_OPERATORS } from '../operators.js';
import type { ConditionTrace, ConditionTree, FactValues } from '../rule-outcome.js';
import { BUILT_IN_OPERATOR_FUNCTIONS, type OperatorFunction } from './built-in-operators.js';
import { compilePath } from './fact-path.js';

/** A construct the compiler does not translate (outside the rule-set format); the engine evaluates the rule set. */
export class NotCompilable extends Error {}

/** A fact the evaluation needs and the facts do not have: json-rules-engine refuses the whole evaluation. */
export class UndefinedFact extends Error {
  constructor(fact: unknown) {
    super(`Undefined fact: ${String(fact)}`);
  }
}

export type Test = (facts: FactValues) => unknown;

export interface Traced {
  value: unknown;
  tree: ConditionTree;
}

/**
 * A condition translated into closures. The compiler reads the rule's conditions as data and composes
 * functions written here; it never turns rule text into code.
 */
export interface CompiledCondition {
  /** The result as json-rules-engine computes it: a group's is a boolean, a leaf's is its operator's answer. */
  readonly test: Test;
  /** The same evaluation, recording each condition as json-rules-engine's result object shows it. */
  readonly trace: (facts: FactValues) => Traced;
  /**
   * The promise reactions json-rules-engine takes to settle it. Rules of one priority are evaluated
   * concurrently and reported in the order they settle, so this orders their outcomes as the engine does.
   */
  readonly ticks: number;
}

const OPERATORS = new Map<string, OperatorFunction>([
  ...BUILT_IN_OPERATOR_FUNCTIONS,
  ...DOMAIN_OPERATORS.map((operator): [string, OperatorFunction] => [operator.name, operator.evaluate]),
]);

const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'path', 'params']);
const GROUP_KEYS = ['all', 'any', 'not'];

type Node = Record<string, unknown>;

const isObject = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A rule's root group. json-rules-engine evaluates the root without recording a result on it, so its trace has
 * none; its value decides whether the rule fires (truthy).
 */
export function compileRoot(conditions: unknown): CompiledCondition {
  if (!isObject(conditions) || !isGroup(conditions)) throw new NotCompilable('conditions must be a group');
  return compileGroup(conditions);
}

function isGroup(node: Node): boolean {
  return GROUP_KEYS.some((key) => Object.hasOwn(node, key));
}

/** A member of a group, as the engine's evaluateCondition: a nested group records `result` (=== true). */
function compileCondition(node: unknown): CompiledCondition {
  if (!isObject(node)) throw new NotCompilable('a condition must be an object');
  if (!isGroup(node)) return compileLeaf(node);
  const group = compileGroup(node);
  return {
    test: (facts) => group.test(facts) === true,
    trace: (facts) => {
      const { value, tree } = group.trace(facts);
      const passes = value === true;
      (tree as { result?: boolean }).result = passes;
      return { value: passes, tree };
    },
    ticks: group.ticks + 1,
  };
}

/**
 * all / any / not, as the engine's prioritizeAndRun: with no condition priorities (the format has none) every
 * member of a group is evaluated, none is skipped; a single member's answer passes through as it is.
 */
function compileGroup(node: Node): CompiledCondition {
  const keys = Object.keys(node);
  if (keys.length !== 1 || !GROUP_KEYS.includes(keys[0]))
    throw new NotCompilable(`a group has exactly one of all, any, not (found ${keys.join(', ')})`);
  const kind = keys[0] as 'all' | 'any' | 'not';
  if (kind === 'not') {
    if (!isObject(node.not)) throw new NotCompilable('"not" takes one condition');
    const member = compileCondition(node.not);
    return {
      test: (facts) => !member.test(facts),
      trace: (facts) => {
        const { value, tree } = member.trace(facts);
        return { value: !value, tree: { not: tree, result: undefined } };
      },
      ticks: member.ticks + 1,
    };
  }
  const list = node[kind];
  if (!Array.isArray(list)) throw new NotCompilable(`"${kind}" takes a list of conditions`);
  const members = list.map(compileCondition);
  const treeOf = (children: ConditionTree[]): ConditionTree =>
    kind === 'all' ? { all: children, result: undefined } : { any: children, result: undefined };
  if (members.length === 0)
    return { test: () => true, trace: () => ({ value: true, tree: treeOf([]) }), ticks: 0 };
  if (members.length === 1) {
    const [member] = members;
    return {
      test: member.test,
      trace: (facts) => {
        const { value, tree } = member.trace(facts);
        return { value, tree: treeOf([tree]) };
      },
      ticks: member.ticks,
    };
  }
  const ticks = Math.max(...members.map((member) => member.ticks)) + 4;
  const tests = members.map((member) => member.test);
  if (kind === 'all') {
    return {
      test: (facts) => {
        let passes = true;
        for (const test of tests) if (test(facts) !== true) passes = false;
        return passes;
      },
      trace: (facts) => {
        const traced = members.map((member) => member.trace(facts));
        return {
          value: traced.every(({ value }) => value === true),
          tree: treeOf(traced.map(({ tree }) => tree)),
        };
      },
      ticks,
    };
  }
  return {
    test: (facts) => {
      let passes = false;
      for (const test of tests) if (test(facts) === true) passes = true;
      return passes;
    },
    trace: (facts) => {
      const traced = members.map((member) => member.trace(facts));
      return {
        value: traced.some(({ value }) => value === true),
        tree: treeOf(traced.map(({ tree }) => tree)),
      };
    },
    ticks,
  };
}

/** `{ fact, operator, value, path?, params? }`: reads the fact (and the fact `value` names) and compares. */
function compileLeaf(node: Node): CompiledCondition {
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

interface FactReader {
  read: (facts: FactValues) => unknown;
  /** 1 when the engine resolves a path (one more promise reaction), else 0. */
  ticks: number;
}

/**
 * Reads a fact as json-rules-engine's almanac does with allowUndefinedFacts false: a fact the facts do not have
 * as their own is an error; a path applies to an object or array value and leaves any other value as it is.
 */
function factReader(fact: unknown, path: unknown): FactReader {
  if (typeof fact !== 'string') {
    // The engine keys facts by their names: no other id ever names one.
    return {
      read: () => {
        throw new UndefinedFact(fact);
      },
      ticks: path ? 1 : 0,
    };
  }
  const read =
    fact in Object.prototype
      ? (facts: FactValues): unknown => {
          if (!Object.hasOwn(facts, fact)) throw new UndefinedFact(fact);
          return facts[fact];
        }
      : (facts: FactValues): unknown => {
          const value = facts[fact];
          if (value === undefined && !Object.hasOwn(facts, fact)) throw new UndefinedFact(fact);
          return value;
        };
  if (!path) return { read, ticks: 0 };
  const resolve = typeof path === 'string' ? compilePath(path) : undefined;
  if (!resolve) throw new NotCompilable(`the path ${JSON.stringify(path)} is left to the engine`);
  return {
    read: (facts) => {
      const value = read(facts);
      return typeof value === 'object' && value !== null ? resolve(value) : value;
    },
    ticks: 1,
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
