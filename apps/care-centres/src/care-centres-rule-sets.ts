import path from 'node:path';
import { ruleSetContractOf } from '#contracts';
import type { RuleSetRegistration } from '#rules';
import { CARE_ESCALATIONS } from './escalations/care-escalations.js';

export function careCentreRuleSets(rulesDirectory: string): RuleSetRegistration[] {
  return [
    {
      ruleSetId: CARE_ESCALATIONS,
      file: path.resolve(rulesDirectory, ruleSetContractOf(CARE_ESCALATIONS)!.file),
    },
  ];
}
