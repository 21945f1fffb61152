import { SETTLEMENT_ESCALATIONS } from '../settlement-rule-sets.js';
import { waitingTargetsInForce } from './waiting-targets.js';

describe('waitingTargetsInForce', () => {
  it('reads each group’s target from the parameters of the escalation rules in force', () => {
    const asked: string[] = [];
    const parameters: Record<string, number> = {
      waitingTargetMonths: 7,
      waitingTargetMonthsUnaccompaniedMinors: 2,
      waitingTargetMonthsFamiliesWithChildren: 4,
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
});
