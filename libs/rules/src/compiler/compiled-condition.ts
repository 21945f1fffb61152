import type { ConditionTree, FactValues } from '../rule-outcome.js';

/** A construct the compiler does not translate (outside the rule-set format); the engine evaluates the rule set. */
export class NotCompilable extends Error {}

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
