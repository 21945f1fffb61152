import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Condition, LoadedRuleSet, RuleDefinition } from './rule-set.js';

export type FactValues = Record<string, number | string | boolean | null>;

export interface RuleOutcome {
  rule: string;
  fired: boolean;
  params: Record<string, unknown>;
  /** The facts the rule's conditions read, with their values in this evaluation. */
  facts: FactValues;
}

/**
 * One rule-set version, compiled once into a json-rules-engine Engine and reused for every evaluation.
 */
export class CompiledRuleSet {
  private readonly engine: Engine;
  private readonly rulesByName: Map<string, RuleDefinition>;
  private readonly factsByRule: Map<string, string[]>;

  constructor(readonly loaded: LoadedRuleSet) {
    const { rules } = loaded.document;
    this.rulesByName = new Map(rules.map((rule) => [rule.name, rule]));
    this.factsByRule = new Map(rules.map((rule) => [rule.name, [...factsOf(rule.conditions)]]));
    this.engine = new Engine(
      rules.map((rule) => toEngineRule(rule)),
      { allowUndefinedFacts: false, replaceFactsInEventParams: false },
    );
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

  async evaluate(facts: FactValues): Promise<RuleOutcome[]> {
    const { results, failureResults } = await this.engine.run(facts);
    const outcome = (name: string, fired: boolean): RuleOutcome => {
      const rule = this.rulesByName.get(name);
      const used = this.factsByRule.get(name) ?? [];
      return {
        rule: name,
        fired,
        params: { ...(rule?.event.params ?? {}) },
        facts: Object.fromEntries(used.map((fact) => [fact, facts[fact] ?? null])),
      };
    };
    return [
      ...results.map((result) => outcome(String(result.name), true)),
      ...failureResults.map((result) => outcome(String(result.name), false)),
    ];
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

function* factsOf(condition: Condition): Generator<string> {
  if ('all' in condition) for (const member of condition.all) yield* factsOf(member);
  else if ('any' in condition) for (const member of condition.any) yield* factsOf(member);
  else if ('not' in condition) yield* factsOf(condition.not);
  else {
    yield condition.fact;
    const value = condition.value as { fact?: unknown } | null;
    if (value && typeof value === 'object' && typeof value.fact === 'string') yield value.fact;
  }
}
