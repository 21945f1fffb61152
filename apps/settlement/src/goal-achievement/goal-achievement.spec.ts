import type { DecisionGap } from '../municipalities/decision-gaps.js';
import type { PersonRecord } from '../people/people.repository.js';
import { personRecord } from '../testing/in-memory-people.js';
import { goalAchievement, type GoalAchievementInputs } from './goal-achievement.js';
import { goalAchievementCsv } from './goal-achievement-csv.js';

const settled = (
  personId: string,
  permitDate: string,
  settledOn: string,
  settledIn: string,
  extra: Partial<PersonRecord> = {},
) => personRecord(personId, { permitDate, readyOn: permitDate, settledOn, settledIn, ...extra });

const gap = (
  municipalityNumber: string,
  countyNumber: string,
  requested: number,
  requestedEm: number,
  decided: number | null,
  decidedEm: number | null,
): DecisionGap => ({
  municipalityNumber,
  municipalityName: municipalityNumber,
  countyNumber,
  requested,
  requestedEm,
  requestedEmUnder15: null,
  requestedEm15To18: null,
  decided,
  decidedEm,
  decidedEmUnder15: null,
  decidedEm15To18: null,
  decidedOn: decided === null ? null : '2026-02-01',
  gap: decided === null ? null : decided - requested,
  gapEm: decidedEm === null ? null : decidedEm - requestedEm,
});

/** Seven people settled in 2026, a fixture of this test (days waited in brackets). */
const INPUTS: GoalAchievementInputs = {
  year: 2026,
  targets: {
    waitingTargetMonths: 6,
    waitingTargetMonthsUnaccompaniedMinors: 3,
    waitingTargetMonthsFamiliesWithChildren: 6,
    waitingTargetMonthsResettlementRefugees: 6,
  },
  goal: { months: 6, percent: 90 },
  settled: [
    settled('a', '2026-01-10', '2026-05-01', '4601'), // (111) within 6 months
    settled('b', '2025-10-01', '2026-06-15', '4601'), // (257) 6–9 months
    settled('c', '2026-02-01', '2026-04-15', '0301', { unaccompaniedMinor: true, ageBand: '15-18' }), // (73)
    settled('d', '2026-01-01', '2026-05-01', '0301', { unaccompaniedMinor: true, ageBand: '15-18' }), // (120) past 3
    settled('e', '2025-12-01', '2026-05-20', '5001', { familyWithChildren: true }), // (170)
    settled('f', '2026-03-01', '2026-06-02', '5001', { resettlementRefugee: true }), // (93) from the entry permit
    settled('g', '2024-12-01', '2026-01-15', '4601'), // (410)
  ],
  municipalities: [
    { number: '0301', countyNumber: '03' },
    { number: '1103', countyNumber: '11' },
    { number: '4601', countyNumber: '46' },
    { number: '5001', countyNumber: '50' },
  ],
  counties: [
    { number: '03', name: 'Oslo' },
    { number: '11', name: 'Rogaland' },
    { number: '46', name: 'Vestland' },
    { number: '50', name: 'Trøndelag' },
  ],
  decisions: {
    requested: 190,
    decided: 160,
    gap: -30,
    municipalities: [
      gap('0301', '03', 100, 10, 80, 8),
      gap('1103', '11', 0, 0, 20, 0),
      gap('4601', '46', 50, 5, 60, 5),
      gap('5001', '50', 40, 0, null, null),
    ],
  },
  need: { total: 200, em: 20 },
  quota: { quotaYear: 2026, selected: 12, withEntryPermit: 9, mapped: 8, arrived: 1 },
};

describe('goalAchievement', () => {
  const report = goalAchievement(INPUTS);

  it("measures IMDi's goal: the share of those settled in the year settled within 6 months of the permit", () => {
    expect(report.goal).toEqual({
      months: 6,
      percent: 90,
      settled: 7,
      settledWithinTarget: 5,
      sharePercent: 71.4,
      met: false,
    });
  });

  it('counts those settled within their target per group, resettlement refugees from the entry permit', () => {
    expect(report.groups).toEqual([
      {
        group: 'all',
        targetMonths: 6,
        settled: 7,
        settledWithinTarget: 4,
        sharePercent: 57.1,
        medianDaysWaited: 120,
      },
      {
        group: 'resettlement-refugees',
        targetMonths: 6,
        settled: 1,
        settledWithinTarget: 1,
        sharePercent: 100,
        medianDaysWaited: 93,
      },
      {
        group: 'unaccompanied-minors',
        targetMonths: 3,
        settled: 2,
        settledWithinTarget: 1,
        sharePercent: 50,
        medianDaysWaited: 120,
      },
      {
        group: 'families-with-children',
        targetMonths: 6,
        settled: 1,
        settledWithinTarget: 1,
        sharePercent: 100,
        medianDaysWaited: 170,
      },
      {
        group: 'others',
        targetMonths: 6,
        settled: 3,
        settledWithinTarget: 1,
        sharePercent: 33.3,
        medianDaysWaited: 257,
      },
    ]);
  });

  it('sets the decisions against the need', () => {
    expect(report.needAndDecisions).toEqual({
      need: { total: 200, em: 20 },
      requested: 190,
      requestedEm: 15,
      decided: 160,
      decidedEm: 13,
      decidedPercentOfNeed: 80,
      decidedEmPercentOfNeed: 65,
      municipalitiesAsked: 3,
      municipalitiesDeciding: 3,
    });
  });

  it('sets the requests against the decisions, and the goal, per county of the settling municipality', () => {
    expect(report.counties).toEqual([
      {
        countyNumber: '03',
        countyName: 'Oslo',
        requested: 100,
        decided: 80,
        decidedPercentOfRequested: 80,
        settled: 2,
        settledWithinGoal: 2,
        shareWithinGoalPercent: 100,
        goalMet: true,
      },
      {
        countyNumber: '11',
        countyName: 'Rogaland',
        requested: 0,
        decided: 20,
        decidedPercentOfRequested: null,
        settled: 0,
        settledWithinGoal: 0,
        shareWithinGoalPercent: null,
        goalMet: null,
      },
      {
        countyNumber: '46',
        countyName: 'Vestland',
        requested: 50,
        decided: 60,
        decidedPercentOfRequested: 120,
        settled: 3,
        settledWithinGoal: 1,
        shareWithinGoalPercent: 33.3,
        goalMet: false,
      },
      {
        countyNumber: '50',
        countyName: 'Trøndelag',
        requested: 40,
        decided: 0,
        decidedPercentOfRequested: 0,
        settled: 2,
        settledWithinGoal: 2,
        shareWithinGoalPercent: 100,
        goalMet: true,
      },
    ]);
  });

  it('distributes the waiting times of those settled over bands of three months', () => {
    expect(report.waitingTimes).toEqual({
      medianDaysWaited: 120,
      bands: [
        { band: 'up to 3 months', fromMonths: 0, toMonths: 3, settled: 1, sharePercent: 14.3 },
        { band: '3–6 months', fromMonths: 3, toMonths: 6, settled: 4, sharePercent: 57.1 },
        { band: '6–9 months', fromMonths: 6, toMonths: 9, settled: 1, sharePercent: 14.3 },
        { band: '9–12 months', fromMonths: 9, toMonths: 12, settled: 0, sharePercent: 0 },
        { band: 'over 12 months', fromMonths: 12, toMonths: null, settled: 1, sharePercent: 14.3 },
      ],
    });
  });

  it("reports the year's quota as far as it has come, and the resettlement refugees settled", () => {
    expect(report.resettlement).toEqual({
      quotaYear: 2026,
      selected: 12,
      withEntryPermit: 9,
      mapped: 8,
      arrived: 1,
      settledInYear: 1,
      settledWithinTarget: 1,
    });
  });

  it('has no share and no verdict for a year nobody was settled in', () => {
    const empty = goalAchievement({ ...INPUTS, settled: [], need: null });
    expect(empty.goal).toMatchObject({ settled: 0, sharePercent: null, met: null });
    expect(empty.needAndDecisions.decidedPercentOfNeed).toBeNull();
    expect(empty.waitingTimes.medianDaysWaited).toBeNull();
  });

  it('writes one table for a spreadsheet: goal, nation, groups, counties and waiting-time bands', () => {
    const lines = goalAchievementCsv(report).trim().split('\n');
    expect(lines[0]).toBe(
      'section,key,name,need,requested,decided,settled,settled_within_target,share_within_target_percent,target_months',
    );
    expect(lines).toContain('goal,2026,90 % settled within 6 months of the permit,,,,7,5,71.4,6');
    expect(lines).toContain('national,2026,Norway,200,190,160,7,,,');
    expect(lines).toContain(
      'group,resettlement-refugees,resettlement refugees (from the entry permit),,,,1,1,100,6',
    );
    expect(lines).toContain('county,46,Vestland,,50,60,3,1,33.3,6');
    expect(lines).toContain('county,11,Rogaland,,0,20,0,0,,6');
    expect(lines).toContain('waiting-time,over 12 months,settled over 12 months after the permit,,,,1,,,');
    expect(lines).toHaveLength(1 + 2 + 5 + 4 + 5);
  });
});
