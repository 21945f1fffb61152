import type { NeedEstimated } from '#contracts';

import { componentsOf, needProblem } from './need-components.js';

const estimate = (extra: Partial<NeedEstimated> = {}): NeedEstimated => ({
  year: 2026,
  total: 13000,
  emUnder15: 80,
  em15To18: 571,
  source: 'national committee',
  estimatedOn: '2025-10-15',
  ...extra,
});

describe('the components of the settlement need', () => {
  it('are the figures the estimate gives, minors always (older estimates give no others)', () => {
    expect(componentsOf(estimate())).toEqual({ emUnder15: 80, em15To18: 571 });
    expect(
      componentsOf(estimate({ residentsWithPermit: 4000, expectedPermits: 6000, resettlementQuota: 3000 })),
    ).toEqual({
      residentsWithPermit: 4000,
      expectedPermits: 6000,
      resettlementQuota: 3000,
      emUnder15: 80,
      em15To18: 571,
    });
  });

  it('must make up the total when all three are given, and not exceed it when some are', () => {
    expect(
      needProblem(estimate({ residentsWithPermit: 4000, expectedPermits: 6000, resettlementQuota: 3000 })),
    ).toBeUndefined();
    expect(
      needProblem(estimate({ residentsWithPermit: 4000, expectedPermits: 6000, resettlementQuota: 2000 })),
    ).toEqual({
      message:
        'residents with a permit, expected permits and the quota add up to 12000, not the total of 13000',
      field: 'total',
    });
    expect(needProblem(estimate({ residentsWithPermit: 14000 }))).toMatchObject({ field: 'total' });
    expect(needProblem(estimate({ emUnder15: 7000, em15To18: 7000 }))).toMatchObject({ field: 'em15To18' });
  });
});
