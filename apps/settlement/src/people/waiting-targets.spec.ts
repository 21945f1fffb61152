import { SETTLEMENT_ESCALATIONS } from '../settlement-rule-sets.js';
import { settlementGoalInForce, waitingTargetsInForce } from './waiting-targets.js';

describe('waitingTargetsInForce', () => {
  it('reads each group’s target from the parameters of the escalation rules in force', () => {
    const asked: string[] = [];
    const parameters: Record<string, number> = {
      waitingTargetMonths: 7,
      waitingTargetMonthsUnaccompaniedMinors: 2,
      waitingTargetMonthsFamiliesWithChildren: 4,
      waitingTargetMonthsResettlementRefugees: 5,
    };
    const targets = waitingTargetsInForce({
      current: (ruleSetId) => {
        asked.push(ruleSetId);
        return { parameter: (name: string) => parameters[name] };
      },
    });
    expect(targets).toEqual(parameters);
    expect(asked).toEqual([SETTLEMENT_ESCALATIONS]);
  });

  it("reads IMDi's goal, months and share, from the same parameters", () => {
    const parameters: Record<string, number> = { settlementGoalMonths: 6, settlementGoalPercent: 90 };
    expect(
      settlementGoalInForce({ current: () => ({ parameter: (name: string) => parameters[name] }) }),
    ).toEqual({
      months: 6,
      percent: 90,
    });
  });
});
