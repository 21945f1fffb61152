import { waitingTime } from './waiting-time.js';

describe('waitingTime', () => {
  const adult = { permitDate: '2026-01-31', unaccompaniedMinor: false, familyWithChildren: false };

  it('gives adults 6 months from the permit, to the end of a shorter month', () => {
    expect(waitingTime(adult, '2026-07-31')).toMatchObject({
      targetMonths: 6,
      targetDate: '2026-07-31',
      beyondTarget: false,
      daysPastTarget: 0,
    });
    expect(waitingTime(adult, '2026-08-01')).toMatchObject({
      beyondTarget: true,
      daysPastTarget: 1,
      daysWaiting: 182,
    });
    expect(waitingTime({ ...adult, permitDate: '2026-08-31' }, '2026-09-01').targetDate).toBe('2027-02-28');
  });

  it('gives unaccompanied minors and families with children 3 months', () => {
    expect(waitingTime({ ...adult, unaccompaniedMinor: true }, '2026-05-01')).toMatchObject({
      targetMonths: 3,
      targetDate: '2026-04-30',
      beyondTarget: true,
    });
    expect(waitingTime({ ...adult, familyWithChildren: true }, '2026-04-30')).toMatchObject({
      targetMonths: 3,
      beyondTarget: false,
    });
  });
});
