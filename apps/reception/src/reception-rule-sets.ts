import path from 'node:path';

import { ruleSetContractOf } from '#contracts';
import type { RuleSetRegistration } from '#rules';

/** When reception capacity needs attention, and when a host municipality gets early warning. */
export const RECEPTION_ESCALATIONS = 'reception-escalations';

export function receptionRuleSets(rulesDirectory: string): RuleSetRegistration[] {
  return [
    {
      ruleSetId: RECEPTION_ESCALATIONS,
      file: path.resolve(rulesDirectory, ruleSetContractOf(RECEPTION_ESCALATIONS)!.file),
    },
  ];
}
