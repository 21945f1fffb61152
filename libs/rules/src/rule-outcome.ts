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

/**
 * An outcome whose condition trace and fact values are built only when read (for a decision record or an
 * explanation), so plain evaluation costs little. Serialises like a plain object.
 */
export abstract class LazyOutcome implements RuleOutcome {
  // Assigned in the constructor rather than declared as class fields, which costs one definition per field
  // on every evaluation's outcomes.
  declare readonly rule: string;
  declare readonly fired: boolean;
  declare readonly eventType: string;
  declare readonly params: Readonly<Record<string, unknown>>;
  declare private readonly factNames: readonly string[];
  declare protected readonly allFacts: FactValues;
  declare private traced: ConditionTree | undefined;
  declare private usedFacts: FactValues | undefined;

  constructor(
    rule: string,
    fired: boolean,
    eventType: string,
    params: Readonly<Record<string, unknown>>,
    factNames: readonly string[],
    allFacts: FactValues,
  ) {
    this.rule = rule;
    this.fired = fired;
    this.eventType = eventType;
    this.params = params;
    this.factNames = factNames;
    this.allFacts = allFacts;
    this.traced = undefined;
    this.usedFacts = undefined;
  }

  get facts(): FactValues {
    if (!this.usedFacts) {
      const used: FactValues = {};
      for (const fact of this.factNames) used[fact] = this.allFacts[fact] ?? null;
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
