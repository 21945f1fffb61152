import type { CompiledRuleSet } from '#rules';

import { SETTLEMENT_ESCALATIONS } from '../settlement-rule-sets.js';

/** How many months from the permit each group should be settled within: parameters of the escalation rules. */
export interface WaitingTargets {
  waitingTargetMonths: number;
  waitingTargetMonthsUnaccompaniedMinors: number;
  waitingTargetMonthsFamiliesWithChildren: number;
  waitingTargetMonthsResettlementRefugees: number;
}

/** IMDi's goal: a share of those settled in a year settled within so many months of the permit. */
export interface SettlementGoal {
  months: number;
  percent: number;
}

/** Where the rule set in force comes from (ActiveRuleSets in the service). */
export interface RuleSetsInForce {
  current(ruleSetId: string): Pick<CompiledRuleSet, 'parameter'>;
}

type Parameters = Pick<CompiledRuleSet, 'parameter'>;

/** The waiting targets of the settlement escalation rules in force. */
export function waitingTargetsInForce(ruleSets: RuleSetsInForce): WaitingTargets {
  return waitingTargetsOf(ruleSets.current(SETTLEMENT_ESCALATIONS));
}

/** The waiting targets a version of the settlement escalation rules sets. */
export function waitingTargetsOf(escalations: Parameters): WaitingTargets {
  return {
    waitingTargetMonths: escalations.parameter('waitingTargetMonths'),
    waitingTargetMonthsUnaccompaniedMinors: escalations.parameter('waitingTargetMonthsUnaccompaniedMinors'),
    waitingTargetMonthsFamiliesWithChildren: escalations.parameter('waitingTargetMonthsFamiliesWithChildren'),
    waitingTargetMonthsResettlementRefugees: escalations.parameter('waitingTargetMonthsResettlementRefugees'),
  };
}

/** IMDi's goal as the settlement escalation rules in force set it. */
export function settlementGoalInForce(ruleSets: RuleSetsInForce): SettlementGoal {
  const escalations = ruleSets.current(SETTLEMENT_ESCALATIONS);
  return {
    months: escalations.parameter('settlementGoalMonths'),
    percent: escalations.parameter('settlementGoalPercent'),
  };
}
