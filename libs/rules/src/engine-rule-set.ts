import { createRequire } from 'node:module';

import type { Engine, RuleProperties, RuleResult } from 'json-rules-engine';

import { DOMAIN_OPERATORS } from './operators.js';
import {
  type ConditionTrace,
  type ConditionTree,
  type FactValues,
  LazyOutcome,
  NO_PARAMS,
  type OutcomeRule,
  type RuleOutcome,
} from './rule-outcome.js';
import type { LoadedRuleSet, RuleDefinition } from './rule-set.js';
import { factsOf } from './rule-set-facts.js';

type EngineConstructor = typeof Engine;
let engineConstructor: EngineConstructor | undefined;

/** json-rules-engine, loaded on first use so that programs that never need it do not load it. */
function loadEngine(): EngineConstructor {
  engineConstructor ??= (createRequire(import.meta.url)('json-rules-engine') as { Engine: EngineConstructor })
    .Engine;
  return engineConstructor;
}

/**
 * A rule-set version evaluated by json-rules-engine with the domain operators: the reference semantics of the
 * rule-set format. CompiledRuleSet gives the same outcomes and traces; this one stays for what the compiler
 * leaves to the engine (the wording of evaluation errors, documents outside the format), for the differential
 * test and for the benchmark.
 */
export class EngineRuleSet {
  /**
   * Engines not running now. One engine must not run two evaluations at once, nor one right after a refused
   * one: json-rules-engine keeps a status per engine, and a run that ends (or a refused run that goes on in
   * the background) stops the rules another run has not reached yet, which then go missing from its outcomes.
   */
  private readonly idle: Engine[] = [];
  private readonly outcomeRules: Map<string, OutcomeRule>;

  constructor(readonly loaded: LoadedRuleSet) {
    const { rules } = loaded.document;
    for (const rule of rules) if (rule.event.params) Object.freeze(rule.event.params);
    this.outcomeRules = new Map(
      rules.map((rule) => [
        rule.name,
        {
          name: rule.name,
          eventType: rule.event.type,
          params: rule.event.params ?? NO_PARAMS,
          factNames: [...new Set(factsOf(rule.conditions))],
        },
      ]),
    );
    this.idle.push(this.newEngine());
  }

  async evaluate(facts: FactValues): Promise<RuleOutcome[]> {
    const engine = this.idle.pop() ?? this.newEngine();
    const { results, failureResults } = await engine.run(facts); // a refused run's engine is dropped
    this.idle.push(engine);
    return [
      ...results.map((result) => this.outcome(result, true, facts)),
      ...failureResults.map((result) => this.outcome(result, false, facts)),
    ];
  }

  private newEngine(): Engine {
    const EngineClass = loadEngine();
    const engine = new EngineClass(
      this.loaded.document.rules.map((rule) => toEngineRule(rule)),
      { allowUndefinedFacts: false, replaceFactsInEventParams: false },
    );
    for (const operator of DOMAIN_OPERATORS) {
      engine.addOperator(operator.name, (factValue: unknown, value: unknown) =>
        operator.evaluate(factValue, value),
      );
    }
    return engine;
  }

  private outcome(result: RuleResult, fired: boolean, facts: FactValues): RuleOutcome {
    return new EngineOutcome(this.outcomeRules.get(String(result.name))!, fired, facts, result);
  }
}

class EngineOutcome extends LazyOutcome {
  declare private readonly result: RuleResult;

  constructor(rule: OutcomeRule, fired: boolean, facts: FactValues, result: RuleResult) {
    super(rule, fired, facts);
    this.result = result;
  }

  protected trace(): ConditionTree {
    return traceOf(this.result.conditions as unknown as Record<string, unknown>);
  }
}

function toEngineRule(rule: RuleDefinition): RuleProperties {
  return {
    name: rule.name,
    priority: rule.priority ?? 1,
    conditions: rule.conditions,
    event: { type: rule.event.type, params: rule.event.params ?? {} },
  };
}

/** The trace of json-rules-engine's evaluated condition tree. */
function traceOf(node: Record<string, unknown>): ConditionTree {
  const result = typeof node.result === 'boolean' ? node.result : undefined;
  if (Array.isArray(node.all))
    return { all: node.all.map((child) => traceOf(child as Record<string, unknown>)), result };
  if (Array.isArray(node.any))
    return { any: node.any.map((child) => traceOf(child as Record<string, unknown>)), result };
  if (node.not) return { not: traceOf(node.not as Record<string, unknown>), result };
  const trace: ConditionTrace = {
    fact: String(node.fact),
    operator: String(node.operator),
    value: node.value,
    factValue: node.factResult,
    result: result ?? null,
  };
  if (typeof node.value === 'object' && node.value !== null && 'fact' in node.value)
    trace.valueResult = node.valueResult;
  return trace;
}
