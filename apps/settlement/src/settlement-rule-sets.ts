import path from 'node:path';
import { ruleSetContractOf } from '#contracts';
import type { RuleSetRegistration } from '#rules';
import { SETTLEMENT_ESCALATIONS } from './escalations/settlement-escalations.js';
import { MATCHING_RULES } from './matching/matching.service.js';
import { REQUEST_CRITERIA } from './requests/distribute-requests.js';

export function settlementRuleSets(rulesDirectory: string): RuleSetRegistration[] {
  return [REQUEST_CRITERIA, MATCHING_RULES, SETTLEMENT_ESCALATIONS].map((ruleSetId) => ({
    ruleSetId,
    file: path.resolve(rulesDirectory, ruleSetContractOf(ruleSetId)!.file),
  }));
}
