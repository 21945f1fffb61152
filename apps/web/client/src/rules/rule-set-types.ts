/** The rule-set file format (rules/schema/rule-set.schema.json), as json-rules-engine reads its rules. */
export type FactType = 'number' | 'string' | 'boolean' | 'series';

export interface FactDeclaration {
  name: string;
  type: FactType;
  unit?: string;
  description: string;
  range?: { min?: number; max?: number };
  whenMissing?: unknown;
}

export interface LeafCondition {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  params?: Record<string, unknown>;
}

export type ConditionGroup = { all: Condition[] } | { any: Condition[] } | { not: Condition };
export type Condition = LeafCondition | ConditionGroup;

export interface Rule {
  name: string;
  description?: string;
  priority?: number;
  conditions: ConditionGroup;
  event: { type: string; params?: Record<string, unknown> };
}

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
  parameters?: {
    name: string;
    value: number;
    unit?: string;
    description: string;
    range?: { min?: number; max?: number };
  }[];
  rules: Rule[];
}
