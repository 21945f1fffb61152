import type { ConditionTree } from '../rule-outcome.js';
import { compileLeaf } from './compile-leaf.js';
import { type CompiledCondition, NotCompilable } from './compiled-condition.js';

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
