import path from 'node:path';
import { ruleSetContractOf } from '#contracts';
import type { RuleSetRegistration } from '#rules';
import type { EscalationSeverity } from '#contracts';

export const RECEPTION_ESCALATIONS = 'reception-escalations';

export type EscalationScope = 'national' | 'county' | 'centre';

/** The params of an escalation rule's event; their shape is checked against the rule-set contract. */
export interface EscalationRuleParams {
  scope: EscalationScope;
  severity: EscalationSeverity;
  message: string;
}

export function receptionRuleSets(rulesDirectory: string): RuleSetRegistration[] {
  return [
    {
      ruleSetId: RECEPTION_ESCALATIONS,
      file: path.resolve(rulesDirectory, ruleSetContractOf(RECEPTION_ESCALATIONS)!.file),
    },
  ];
}
