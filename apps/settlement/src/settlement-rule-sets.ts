import path from 'node:path';

import { ruleSetContractOf } from '#contracts';
import type { RuleSetRegistration } from '#rules';

/** How IMDi splits the year's need into requests to municipalities. */
export const REQUEST_CRITERIA = 'settlement-request-criteria';
/** How municipalities are ranked for a household. */
export const MATCHING_RULES = 'settlement-matching';
/** When settlement escalates, and the waiting targets it judges by. */
export const SETTLEMENT_ESCALATIONS = 'settlement-escalations';

export function settlementRuleSets(rulesDirectory: string): RuleSetRegistration[] {
  return [REQUEST_CRITERIA, MATCHING_RULES, SETTLEMENT_ESCALATIONS].map((ruleSetId) => ({
    ruleSetId,
    file: path.resolve(rulesDirectory, ruleSetContractOf(ruleSetId)!.file),
  }));
}
