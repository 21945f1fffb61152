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

export const NO_PARAMS: Readonly<Record<string, unknown>> = Object.freeze({});

/** What every outcome of one rule shares: its name, event and the facts its conditions read. */
export interface OutcomeRule {
  readonly name: string;
  readonly eventType: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The facts the rule's conditions read. */
  readonly factNames: readonly string[];
}

/**
 * An outcome whose condition trace and fact values are built only when read (for a decision record or an
 * explanation), so plain evaluation costs little: it holds its rule, whether it fired and the facts. Serialises
 * like a plain object.
 */
export abstract class LazyOutcome<Rule extends OutcomeRule = OutcomeRule> implements RuleOutcome {
  // Assigned in the constructor, not declared as class fields: one field definition less per field on every
  // evaluation's outcomes.
  declare protected readonly source: Rule;
  declare readonly fired: boolean;
  declare protected readonly allFacts: FactValues;
  declare private traced: ConditionTree | undefined;
  declare private usedFacts: FactValues | undefined;

  constructor(source: Rule, fired: boolean, allFacts: FactValues) {
    this.source = source;
    this.fired = fired;
    this.allFacts = allFacts;
    this.traced = undefined;
    this.usedFacts = undefined;
  }

  get rule(): string {
    return this.source.name;
  }

  get eventType(): string {
    return this.source.eventType;
  }

  get params(): Readonly<Record<string, unknown>> {
    return this.source.params;
  }

  get facts(): FactValues {
    if (!this.usedFacts) {
      const used: FactValues = {};
      for (const fact of this.source.factNames) used[fact] = this.allFacts[fact] ?? null;
      this.usedFacts = used;
    }
    return this.usedFacts;
  }

  get conditions(): ConditionTree {
    this.traced ??= this.trace();
    return this.traced;
  }

  protected abstract trace(): ConditionTree;

  toJSON(): RuleOutcome {
    const { rule, fired, eventType, params, facts, conditions } = this;
    return { rule, fired, eventType, params, facts, conditions };
  }
}
