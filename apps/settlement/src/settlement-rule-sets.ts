import path from 'node:path';
import { ruleSetContractOf } from '#contracts';
import type { RuleSetRegistration } from '#rules';
import { REQUEST_CRITERIA } from './requests/distribute-requests.js';

export function settlementRuleSets(rulesDirectory: string): RuleSetRegistration[] {
  return [REQUEST_CRITERIA].map((ruleSetId) => ({
    ruleSetId,
    file: path.resolve(rulesDirectory, ruleSetContractOf(ruleSetId)!.file),
  }));
}
