/** A rule set as policy staff write it: metadata, the facts it may use, and json-rules-engine rules. */
export interface RuleSetDocument {
  $schema?: string;
  id: string;
  title: string;
  description: string;
  owner: string;
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  facts: FactDeclaration[];
  /** Policy figures the service reads beside the rules (a waiting target, a target occupancy). */
  parameters?: ParameterDeclaration[];
  rules: RuleDefinition[];
}

/**
 * A number policy staff set that the service uses outside the conditions (to compute a fact, or to answer a
 * question about it): versioned, validated and activated with the rules, so changing it needs no release.
 */
export interface ParameterDeclaration {
  name: string;
  value: number;
  unit?: string;
  description: string;
  range?: { min?: number; max?: number };
}

/** `series`: numbers ordered oldest first, read by the domain operators (see operators.ts). */
export type FactType = 'number' | 'string' | 'boolean' | 'series';

export interface FactDeclaration {
  name: string;
  type: FactType;
  unit?: string;
  description: string;
  range?: { min?: number; max?: number };
  /**
   * What happens when a subject has no value for the fact: "exclude" it, use the "median" of the others,
   * or use a stated value. Never silently 0.
   */
  whenMissing?: 'exclude' | 'median' | { value: number | string | boolean };
}

export interface RuleDefinition {
  name: string;
  description?: string;
  priority?: number;
  conditions: ConditionGroup;
  event: { type: string; params?: Record<string, unknown> };
}

export type Condition = ConditionGroup | FactCondition;

export type ConditionGroup = { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface FactCondition {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  params?: Record<string, unknown>;
}

export interface LoadedRuleSet {
  document: RuleSetDocument;
  /** sha256 of the file's bytes: two activations of the same content are the same version. */
  contentHash: string;
  file?: string;
}
