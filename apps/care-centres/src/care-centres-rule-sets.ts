import path from 'node:path';

import { ruleSetContractOf } from '#contracts';
import type { RuleSetRegistration } from '#rules';

/** The rule set that says when care centres need attention (and the waiting target behind it). */
export const CARE_ESCALATIONS = 'care-centres-escalations';

export function careCentreRuleSets(rulesDirectory: string): RuleSetRegistration[] {
  return [
    {
      ruleSetId: CARE_ESCALATIONS,
      file: path.resolve(rulesDirectory, ruleSetContractOf(CARE_ESCALATIONS)!.file),
    },
  ];
}
