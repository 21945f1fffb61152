import type { WaitingTargets } from './waiting-targets.js';
import { targetMonths, waitingTime } from './waiting-time.js';

/**
 * The targets of the cooperation agreement 2026–2029 as IMDi publishes them (6 months, unaccompanied minors 3), as a
 * fixture of this test (the rule set in force decides in the service).
 */
const AGREEMENT: WaitingTargets = {
  waitingTargetMonths: 6,
  waitingTargetMonthsUnaccompaniedMinors: 3,
  waitingTargetMonthsFamiliesWithChildren: 6,
  waitingTargetMonthsResettlementRefugees: 6,
};

describe('waitingTime', () => {
  const adult = {
    permitDate: '2026-01-31',
    unaccompaniedMinor: false,
    familyWithChildren: false,
    resettlementRefugee: false,
  };

  it('gives adults 6 months from the permit, to the end of a shorter month', () => {
    expect(waitingTime(adult, '2026-07-31', AGREEMENT)).toMatchObject({
      targetMonths: 6,
      targetDate: '2026-07-31',
      beyondTarget: false,
      daysPastTarget: 0,
    });
    expect(waitingTime(adult, '2026-08-01', AGREEMENT)).toMatchObject({
      beyondTarget: true,
      daysPastTarget: 1,
      daysWaiting: 182,
    });
    expect(waitingTime({ ...adult, permitDate: '2026-08-31' }, '2026-09-01', AGREEMENT).targetDate).toBe(
      '2027-02-28',
    );
  });

  it('gives unaccompanied minors 3 months, and families with children the general 6 (no target of their own)', () => {
    expect(waitingTime({ ...adult, unaccompaniedMinor: true }, '2026-05-01', AGREEMENT)).toMatchObject({
      targetMonths: 3,
      targetDate: '2026-04-30',
      beyondTarget: true,
    });
    expect(waitingTime({ ...adult, familyWithChildren: true }, '2026-05-01', AGREEMENT)).toMatchObject({
      targetMonths: 6,
      targetDate: '2026-07-31',
      beyondTarget: false,
    });
  });

  it('gives families with children 3 months again once policy staff set their parameter to 3', () => {
    const families3 = { ...AGREEMENT, waitingTargetMonthsFamiliesWithChildren: 3 };
    expect(waitingTime({ ...adult, familyWithChildren: true }, '2026-04-30', families3)).toMatchObject({
      targetMonths: 3,
      beyondTarget: false,
    });
    expect(waitingTime({ ...adult, familyWithChildren: true }, '2026-05-01', families3)).toMatchObject({
      beyondTarget: true,
    });
  });

  it("counts a resettlement refugee's wait from the entry permit, against their own target", () => {
    const resettled = { ...adult, resettlementRefugee: true, permitDate: '2026-03-15' };
    expect(waitingTime(resettled, '2026-09-15', AGREEMENT)).toMatchObject({
      targetMonths: 6,
      targetDate: '2026-09-15',
      daysWaiting: 184,
      beyondTarget: false,
    });
    expect(
      waitingTime(resettled, '2026-09-15', { ...AGREEMENT, waitingTargetMonthsResettlementRefugees: 4 }),
    ).toMatchObject({ targetMonths: 4, targetDate: '2026-07-15', daysPastTarget: 62 });
  });

  it('judges by the targets it is given, per group', () => {
    const targets: WaitingTargets = {
      waitingTargetMonths: 9,
      waitingTargetMonthsUnaccompaniedMinors: 2,
      waitingTargetMonthsFamiliesWithChildren: 4,
      waitingTargetMonthsResettlementRefugees: 9,
    };
    expect(waitingTime(adult, '2026-10-31', targets)).toMatchObject({
      targetMonths: 9,
      targetDate: '2026-10-31',
      beyondTarget: false,
    });
    expect(waitingTime({ ...adult, unaccompaniedMinor: true }, '2026-03-31', targets)).toMatchObject({
      targetMonths: 2,
      targetDate: '2026-03-31',
      daysPastTarget: 0,
    });
    expect(waitingTime({ ...adult, familyWithChildren: true }, '2026-06-01', targets)).toMatchObject({
      targetMonths: 4,
      targetDate: '2026-05-31',
      daysPastTarget: 1,
      beyondTarget: true,
    });
  });

  it('gives someone in two groups the shorter of their targets', () => {
    const both = { unaccompaniedMinor: true, familyWithChildren: true, resettlementRefugee: false };
    expect(targetMonths(both, { ...AGREEMENT, waitingTargetMonthsFamiliesWithChildren: 2 })).toBe(2);
    expect(targetMonths(both, { ...AGREEMENT, waitingTargetMonthsUnaccompaniedMinors: 1 })).toBe(1);
  });

  it('never gives a group longer than the general target', () => {
    const family = { unaccompaniedMinor: false, familyWithChildren: true, resettlementRefugee: true };
    expect(
      targetMonths(family, {
        ...AGREEMENT,
        waitingTargetMonthsFamiliesWithChildren: 12,
        waitingTargetMonthsResettlementRefugees: 9,
      }),
    ).toBe(6);
  });
});
