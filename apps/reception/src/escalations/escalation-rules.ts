import path from 'node:path';
import { CompiledRuleSet, loadRuleSetFile, RuleSetValidationError, type RuleDefinition } from '#rules';
import type { EscalationSeverity } from '#contracts';

export type EscalationScope = 'national' | 'centre';

export interface EscalationRuleParams {
  scope: EscalationScope;
  severity: EscalationSeverity;
  message: string;
}

export const RECEPTION_ESCALATIONS_FILE = 'reception/escalations.json';
const SCOPES: EscalationScope[] = ['national', 'centre'];
const SEVERITIES: EscalationSeverity[] = ['info', 'warning', 'high', 'critical'];

/** The params of an escalation rule's event, as the reception service understands them. */
export function escalationParamsOf(rule: Pick<RuleDefinition, 'event'>): EscalationRuleParams {
  return rule.event.params as unknown as EscalationRuleParams;
}

function checkParams(ruleSet: CompiledRuleSet, file: string): void {
  const problems = ruleSet.rules.flatMap((rule, index) => {
    const params = rule.event.params ?? {};
    const path = `$.rules[${index}].event`;
    const found = [];
    if (rule.event.type !== 'escalation')
      found.push({
        path: `${path}.type`,
        rule: rule.name,
        message: 'the reception service only understands events of type "escalation"',
      });
    if (!SCOPES.includes(params.scope as EscalationScope))
      found.push({
        path: `${path}.params.scope`,
        rule: rule.name,
        message: `scope must be one of ${SCOPES.join(', ')}`,
      });
    if (!SEVERITIES.includes(params.severity as EscalationSeverity))
      found.push({
        path: `${path}.params.severity`,
        rule: rule.name,
        message: `severity must be one of ${SEVERITIES.join(', ')}`,
      });
    if (typeof params.message !== 'string' || params.message.length === 0)
      found.push({
        path: `${path}.params.message`,
        rule: rule.name,
        message: 'a message for the people who receive the escalation is required',
      });
    return found;
  });
  if (problems.length > 0) throw new RuleSetValidationError(file, problems);
}

/** Loads and validates the reception escalation rule set at start-up; an invalid file stops start-up. */
export function loadReceptionEscalationRules(rulesDirectory: string): CompiledRuleSet {
  const file = path.resolve(rulesDirectory, RECEPTION_ESCALATIONS_FILE);
  const ruleSet = new CompiledRuleSet(loadRuleSetFile(file));
  checkParams(ruleSet, file);
  return ruleSet;
}
