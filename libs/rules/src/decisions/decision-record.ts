import { randomUUID } from 'node:crypto';

import type { CompiledRuleSet, FactValues, RuleOutcome, RuleSetReference } from '../compiled-rule-set.js';

/** One evaluation: which version decided, on what facts, which rules fired, and how each condition came out. */
export interface DecisionRecord {
  decisionId: string;
  ruleSet: RuleSetReference;
  subject: string;
  facts: FactValues;
  firedRules: string[];
  outcomes: RuleOutcome[];
  context: Record<string, unknown>;
  evaluatedAt: string;
}

export function decisionRecordOf(
  ruleSet: CompiledRuleSet,
  subject: string,
  facts: FactValues,
  outcomes: RuleOutcome[],
  context: Record<string, unknown> = {},
): DecisionRecord {
  return {
    decisionId: randomUUID(),
    ruleSet: ruleSet.reference,
    subject,
    facts,
    firedRules: firedRulesOf(outcomes),
    outcomes,
    context,
    evaluatedAt: new Date().toISOString(),
  };
}

function firedRulesOf(outcomes: RuleOutcome[]): string[] {
  const fired: string[] = [];
  for (const outcome of outcomes) if (outcome.fired) fired.push(outcome.rule);
  return fired;
}
