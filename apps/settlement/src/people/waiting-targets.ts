import type { CompiledRuleSet } from '#rules';

import { SETTLEMENT_ESCALATIONS } from '../settlement-rule-sets.js';

/** How many months from the permit each group should be settled within: parameters of the escalation rules. */
export interface WaitingTargets {
  waitingTargetMonths: number;
  waitingTargetMonthsUnaccompaniedMinors: number;
  waitingTargetMonthsFamiliesWithChildren: number;
}

/** Where the rule set in force comes from (ActiveRuleSets in the service). */
export interface RuleSetsInForce {
  current(ruleSetId: string): Pick<CompiledRuleSet, 'parameter'>;
}

/** The waiting targets of the settlement escalation rules in force. */
export function waitingTargetsInForce(ruleSets: RuleSetsInForce): WaitingTargets {
  return waitingTargetsOf(ruleSets.current(SETTLEMENT_ESCALATIONS));
}

/** The waiting targets a version of the settlement escalation rules sets. */
export function waitingTargetsOf(escalations: Pick<CompiledRuleSet, 'parameter'>): WaitingTargets {
  return {
    waitingTargetMonths: escalations.parameter('waitingTargetMonths'),
    waitingTargetMonthsUnaccompaniedMinors: escalations.parameter('waitingTargetMonthsUnaccompaniedMinors'),
    waitingTargetMonthsFamiliesWithChildren: escalations.parameter('waitingTargetMonthsFamiliesWithChildren'),
  };
}
