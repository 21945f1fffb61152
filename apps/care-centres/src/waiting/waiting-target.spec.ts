import { careRuleSetsWithTarget } from '../testing/stand-ins.js';
import { daysPastTarget, waitingTargetMonths } from './waiting-target.js';

describe('the waiting target', () => {
  it('is the parameter of the rule set version', () => {
    expect(waitingTargetMonths(careRuleSetsWithTarget(5).current('care-centres-escalations'))).toBe(5);
  });

  it('counts the days past the target, a month end standing for a day the shorter month lacks', () => {
    expect(daysPastTarget('2026-01-10', '2026-04-10', 3)).toBe(0);
    expect(daysPastTarget('2026-01-10', '2026-05-01', 3)).toBe(21);
    expect(daysPastTarget('2026-11-30', '2027-03-01', 3)).toBe(1);
    expect(daysPastTarget('2026-01-10', '2026-03-01', 3)).toBe(-40);
  });
});
