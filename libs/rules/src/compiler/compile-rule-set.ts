import {
  type ConditionTree,
  type FactValues,
  LazyOutcome,
  NO_PARAMS,
  type OutcomeRule,
  type RuleOutcome,
} from '../rule-outcome.js';
import type { RuleSetDocument } from '../rule-set.js';
import { factsOf } from '../rule-set-facts.js';
import { compileRoot } from './compile-condition.js';
import { NotCompilable, type Test } from './compiled-condition.js';

/** One rule, translated: whether it fires, and its trace when asked. */
export interface CompiledRule extends OutcomeRule {
  /** Truthy when the rule fires. Throws where json-rules-engine would refuse the evaluation. */
  readonly fires: Test;
  trace(facts: FactValues): ConditionTree;
}

/**
 * A rule set's rules as closures, in the order json-rules-engine reports them: by priority (highest first),
 * then in the order they settle (see CompiledCondition.ticks), then as written; the rules that fired come
 * first. Evaluation is synchronous, pure and throws where the engine would refuse (an undefined fact), and for
 * facts that are not a plain object.
 */
export class RuleProgram {
  /** Which rules fired in the evaluation under way; evaluation is synchronous, so one array serves them all. */
  private readonly fires: Uint8Array;

  constructor(readonly rules: readonly CompiledRule[]) {
    this.fires = new Uint8Array(rules.length);
  }

  evaluate(facts: FactValues): RuleOutcome[] {
    const prototype = Object.getPrototypeOf(facts) as unknown;
    if (prototype !== Object.prototype && prototype !== null) throw new NotPlainFacts();
    const { rules, fires } = this;
    let firedCount = 0;
    for (let index = 0; index < rules.length; index += 1) {
      fires[index] = rules[index].fires(facts) ? 1 : 0;
      firedCount += fires[index];
    }
    const outcomes = new Array<RuleOutcome>(rules.length);
    let nextFired = 0;
    let nextNotFired = firedCount;
    for (let index = 0; index < rules.length; index += 1) {
      const outcome = new CompiledOutcome(rules[index], fires[index] === 1, facts);
      if (fires[index]) outcomes[nextFired++] = outcome;
      else outcomes[nextNotFired++] = outcome;
    }
    return outcomes;
  }
}

/**
 * Facts that are not a plain object: json-rules-engine would also take the enumerable properties they inherit,
 * so the engine evaluates them.
 */
class NotPlainFacts extends Error {}

/** An outcome whose trace is the rule evaluated again, recording, when first read. */
class CompiledOutcome extends LazyOutcome<CompiledRule> {
  protected trace(): ConditionTree {
    return this.source.trace(this.allFacts);
  }
}

export type Compilation = { program: RuleProgram } | { program?: undefined; leftToEngine: string };

/**
 * Translates every rule of a (validated) rule set. Constructs outside the rule-set format, which validation
 * refuses (condition priorities, named conditions, operator decorators, unknown operators) or paths beyond
 * `$.name` and `$[index]` steps, are not translated: the answer then says why, and the caller evaluates the
 * rule set with json-rules-engine.
 */
export function compileRuleSet(document: RuleSetDocument): Compilation {
  try {
    const names = new Set<string>();
    const compiled = document.rules.map((rule, index) => {
      if (typeof rule.name !== 'string' || names.has(rule.name))
        throw new NotCompilable('every rule needs a name of its own');
      names.add(rule.name);
      const priority = rule.priority ?? 1;
      if (!Number.isInteger(priority) || priority < 1)
        throw new NotCompilable('a priority is a whole number from 1');
      if (typeof rule.event?.type !== 'string') throw new NotCompilable('an event has a type');
      const root = compileRoot(rule.conditions);
      const compiledRule: CompiledRule = {
        name: rule.name,
        eventType: rule.event.type,
        params: rule.event.params ?? NO_PARAMS,
        factNames: [...new Set(factsOf(rule.conditions))],
        fires: root.test,
        trace: (facts) => {
          const { tree } = root.trace(facts);
          return tree;
        },
      };
      return { compiledRule, priority, ticks: root.ticks, index };
    });
    compiled.sort((a, b) => b.priority - a.priority || a.ticks - b.ticks || a.index - b.index);
    return { program: new RuleProgram(compiled.map(({ compiledRule }) => compiledRule)) };
  } catch (error) {
    if (error instanceof NotCompilable) return { leftToEngine: error.message };
    throw error;
  }
}
