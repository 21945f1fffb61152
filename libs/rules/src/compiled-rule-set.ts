import { Engine, type RuleProperties, type RuleResult } from 'json-rules-engine';

import { DOMAIN_OPERATORS } from './operators.js';
import type { Condition, LoadedRuleSet, RuleDefinition } from './rule-set.js';

export type FactValue = number | string | boolean | null | number[];
export type FactValues = Record<string, FactValue>;

/** How one condition came out: the fact's value, what it was compared with, and the result. */
export interface ConditionTrace {
  fact: string;
  operator: string;
  value: unknown;
  factValue: unknown;
  /** The compared value when `value` names another fact. */
  valueResult?: unknown;
  result: boolean | null;
}

export type ConditionTree =
  | { all: ConditionTree[]; result?: boolean }
  | { any: ConditionTree[]; result?: boolean }
  | { not: ConditionTree; result?: boolean }
  | ConditionTrace;

export interface RuleOutcome {
  readonly rule: string;
  readonly fired: boolean;
  readonly eventType: string;
  /** The rule's event params, shared and read-only: copy before changing. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The facts the rule's conditions read, with their values in this evaluation. */
  facts: FactValues;
  conditions: ConditionTree;
}

export interface RuleSetReference {
  id: string;
  version: string;
  contentHash: string;
}

/**
 * One rule-set version, compiled once into a json-rules-engine Engine (with the domain operators) and
 * reused for every evaluation. Evaluation is pure: no I/O.
 */
export class CompiledRuleSet {
  private readonly engine: Engine;
  private readonly rulesByName: Map<string, RuleDefinition>;
  private readonly factsByRule: Map<string, string[]>;
  readonly reference: RuleSetReference;

  constructor(readonly loaded: LoadedRuleSet) {
    const { rules } = loaded.document;
    this.rulesByName = new Map(rules.map((rule) => [rule.name, rule]));
    for (const rule of rules) if (rule.event.params) Object.freeze(rule.event.params);
    this.factsByRule = new Map(rules.map((rule) => [rule.name, [...new Set(factsOf(rule.conditions))]]));
    this.engine = new Engine(
      rules.map((rule) => toEngineRule(rule)),
      { allowUndefinedFacts: false, replaceFactsInEventParams: false },
    );
    for (const operator of DOMAIN_OPERATORS) {
      this.engine.addOperator(operator.name, (factValue: unknown, value: unknown) =>
        operator.evaluate(factValue, value),
      );
    }
    this.reference = {
      id: loaded.document.id,
      version: loaded.document.version,
      contentHash: loaded.contentHash,
    };
  }

  get id(): string {
    return this.loaded.document.id;
  }

  get version(): string {
    return this.loaded.document.version;
  }

  get rules(): RuleDefinition[] {
    return this.loaded.document.rules;
  }

  /** A policy parameter's value; validation made sure the rule set declares every one its service reads. */
  parameter(name: string): number {
    const declared = this.loaded.document.parameters?.find((parameter) => parameter.name === name);
    if (!declared) throw new Error(`Rule set ${this.id} ${this.version} declares no parameter "${name}"`);
    return declared.value;
  }

  /** The facts the rule set declares, for callers that gather them. */
  get factNames(): string[] {
    return this.loaded.document.facts.map((fact) => fact.name);
  }

  async evaluate(facts: FactValues): Promise<RuleOutcome[]> {
    const { results, failureResults } = await this.engine.run(facts);
    return [
      ...results.map((result) => this.outcome(result, true, facts)),
      ...failureResults.map((result) => this.outcome(result, false, facts)),
    ];
  }

  private outcome(result: RuleResult, fired: boolean, facts: FactValues): RuleOutcome {
    const name = String(result.name);
    const rule = this.rulesByName.get(name)!;
    return new LazyOutcome(
      name,
      fired,
      rule.event.type,
      rule.event.params ?? NO_PARAMS,
      this.factsByRule.get(name) ?? [],
      facts,
      result,
    );
  }
}

const NO_PARAMS: Record<string, unknown> = Object.freeze({});

/**
 * An outcome whose condition trace and fact values are built only when read (for a decision record or an
 * explanation), so plain evaluation costs little more than the bare engine. Serialises like a plain object.
 */
class LazyOutcome implements RuleOutcome {
  private traced?: ConditionTree;
  private usedFacts?: FactValues;

  constructor(
    readonly rule: string,
    readonly fired: boolean,
    readonly eventType: string,
    readonly params: Record<string, unknown>,
    private readonly factNames: string[],
    private readonly allFacts: FactValues,
    private readonly result: RuleResult,
  ) {}

  get facts(): FactValues {
    this.usedFacts ??= Object.fromEntries(this.factNames.map((fact) => [fact, this.allFacts[fact] ?? null]));
    return this.usedFacts;
  }

  get conditions(): ConditionTree {
    this.traced ??= traceOf(this.result.conditions as unknown as Record<string, unknown>);
    return this.traced;
  }

  toJSON(): RuleOutcome {
    const { rule, fired, eventType, params, facts, conditions } = this;
    return { rule, fired, eventType, params, facts, conditions };
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

export function* factsOf(condition: Condition): Generator<string> {
  if ('all' in condition) for (const member of condition.all) yield* factsOf(member);
  else if ('any' in condition) for (const member of condition.any) yield* factsOf(member);
  else if ('not' in condition) yield* factsOf(condition.not);
  else {
    yield condition.fact;
    const value = condition.value as { fact?: unknown } | null;
    if (value && typeof value === 'object' && typeof value.fact === 'string') yield value.fact;
  }
}
