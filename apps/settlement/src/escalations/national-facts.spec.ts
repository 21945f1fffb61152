import { nationalFacts } from './national-facts.js';

const decision = (municipalityNumber: string, total: number) => ({
  municipalityNumber,
  total,
  em: 0,
  decidedOn: '2026-02-01',
});

describe('nationalFacts', () => {
  it('compares the need with the issued requests and the decisions in force', () => {
    expect(
      nationalFacts({
        need: { total: 1000, em: 50 },
        issued: { total: 1200, em: 60, municipalitiesAsked: 8 },
        decisions: [decision('0301', 400), decision('4601', 300), decision('5001', 100)],
        beyondTargetPerWeek: [1, 2, 3],
        emBeyondTargetPerWeek: [0],
        shareBeyondTargetPerWeek: [10, 20, 25],
        emShareBeyondTargetPerWeek: [0],
      }),
    ).toEqual({
      needSinceDistribution: [1200, 1000],
      emNeedSinceDistribution: [60, 50],
      residentsWithPermitSinceDistribution: [],
      expectedPermitsSinceDistribution: [],
      resettlementQuotaSinceDistribution: [],
      emUnder15SinceDistribution: [],
      em15To18SinceDistribution: [],
      decisionsReceivedPercent: 37.5,
      decisionShortfallPercent: 20,
      beyondTargetPerWeek: [1, 2, 3],
      emBeyondTargetPerWeek: [0],
      shareBeyondTargetPerWeek: [10, 20, 25],
      emShareBeyondTargetPerWeek: [0],
    });
  });

  it('has no comparison without an issued distribution or a need, and rounds to one decimal', () => {
    expect(
      nationalFacts({
        need: { total: 3, em: 0 },
        decisions: [decision('0301', 2)],
        beyondTargetPerWeek: [],
        emBeyondTargetPerWeek: [],
        shareBeyondTargetPerWeek: [],
        emShareBeyondTargetPerWeek: [],
      }),
    ).toMatchObject({
      needSinceDistribution: [],
      emNeedSinceDistribution: [],
      decisionsReceivedPercent: null,
      decisionShortfallPercent: 33.3,
    });
    expect(
      nationalFacts({
        issued: { total: 10, em: 0, municipalitiesAsked: 0 },
        decisions: [],
        beyondTargetPerWeek: [],
        emBeyondTargetPerWeek: [],
        shareBeyondTargetPerWeek: [],
        emShareBeyondTargetPerWeek: [],
      }),
    ).toMatchObject({
      needSinceDistribution: [],
      decisionsReceivedPercent: null,
      decisionShortfallPercent: null,
    });
  });

  it('compares each component of the need the distribution and the estimate now both give', () => {
    expect(
      nationalFacts({
        need: {
          total: 12000,
          em: 700,
          components: {
            residentsWithPermit: 5000,
            expectedPermits: 6000,
            resettlementQuota: 1000,
            emUnder15: 100,
            em15To18: 600,
          },
        },
        issued: {
          total: 13000,
          em: 651,
          emUnder15: 80,
          em15To18: 571,
          municipalitiesAsked: 300,
          basedOn: { residentsWithPermit: 5000, expectedPermits: 5000, emUnder15: 80, em15To18: 571 },
        },
        decisions: [],
        beyondTargetPerWeek: [],
        emBeyondTargetPerWeek: [],
        shareBeyondTargetPerWeek: [],
        emShareBeyondTargetPerWeek: [],
      }),
    ).toMatchObject({
      needSinceDistribution: [13000, 12000],
      emNeedSinceDistribution: [651, 700],
      residentsWithPermitSinceDistribution: [5000, 5000],
      expectedPermitsSinceDistribution: [5000, 6000],
      resettlementQuotaSinceDistribution: [],
      emUnder15SinceDistribution: [80, 100],
      em15To18SinceDistribution: [571, 600],
    });
  });

  it('leaves the minors uncompared when the distribution had no EM figure (unknown, not 0)', () => {
    expect(
      nationalFacts({
        need: { total: 13000, em: 651, components: { emUnder15: 80, em15To18: 571 } },
        issued: { total: 13000, em: null, emUnder15: null, em15To18: null, municipalitiesAsked: 300 },
        decisions: [],
        beyondTargetPerWeek: [],
        emBeyondTargetPerWeek: [],
        shareBeyondTargetPerWeek: [],
        emShareBeyondTargetPerWeek: [],
      }),
    ).toMatchObject({
      needSinceDistribution: [13000, 13000],
      emNeedSinceDistribution: [],
      emUnder15SinceDistribution: [],
      em15To18SinceDistribution: [],
    });
  });
});
