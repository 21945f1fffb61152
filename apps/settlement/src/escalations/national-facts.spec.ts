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
});
