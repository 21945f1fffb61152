import { CompiledRuleSet } from '../compiled-rule-set.js';
import { explainOutcome } from '../explain.js';
import { parseRuleSet } from '../load-rule-set.js';
import type { DecisionRecord } from './decision-record.js';

export interface DecisionExplanation {
  decisionId: string;
  subject: string;
  evaluatedAt: string;
  ruleSet: DecisionRecord['ruleSet'];
  facts: DecisionRecord['facts'];
  firedRules: string[];
  /** The whole decision in words. */
  text: string;
  rules: { rule: string; fired: boolean; text: string }[];
}

export function explainDecision(record: DecisionRecord): DecisionExplanation {
  const rules = record.outcomes.map((outcome) => ({
    rule: outcome.rule,
    fired: outcome.fired,
    text: explainOutcome(outcome),
  }));
  const fired = record.firedRules.length > 0 ? `fired ${record.firedRules.join(', ')}` : 'fired no rule';
  const head =
    `Decision ${record.decisionId} on ${record.subject} at ${record.evaluatedAt}: rule set ${record.ruleSet.id} ` +
    `version ${record.ruleSet.version} (${record.ruleSet.contentHash.slice(0, 12)}) ${fired}.`;
  return {
    decisionId: record.decisionId,
    subject: record.subject,
    evaluatedAt: record.evaluatedAt,
    ruleSet: record.ruleSet,
    facts: record.facts,
    firedRules: record.firedRules,
    text: [head, ...rules.map((rule) => rule.text)].join('\n'),
    rules,
  };
}

/** Evaluates a record's facts again with the version that decided it; the fired rules must be the same. */
export async function reevaluate(
  record: DecisionRecord,
  versionContent: string,
): Promise<{ firedRules: string[]; same: boolean }> {
  const ruleSet = new CompiledRuleSet(
    parseRuleSet(versionContent, `${record.ruleSet.id}@${record.ruleSet.version}`),
  );
  const firedRules = (await ruleSet.evaluate(record.facts))
    .filter((outcome) => outcome.fired)
    .map((outcome) => outcome.rule);
  const same = [...firedRules].sort().join() === [...record.firedRules].sort().join();
  return { firedRules, same };
}
