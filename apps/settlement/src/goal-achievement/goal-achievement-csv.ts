import { toCsv } from '../csv.js';
import type { GoalAchievement } from './goal-achievement.js';

const HEADER = [
  'section',
  'key',
  'name',
  'need',
  'requested',
  'decided',
  'settled',
  'settled_within_target',
  'share_within_target_percent',
  'target_months',
];

const GROUP_NAMES: Record<string, string> = {
  all: 'everyone settled',
  'resettlement-refugees': 'resettlement refugees (from the entry permit)',
  'unaccompanied-minors': 'unaccompanied minors',
  'families-with-children': 'families with children',
  others: 'others',
};

const cell = (value: number | string | null | undefined) => value ?? '';

/**
 * The goal achievement as one table for a spreadsheet: a row for the goal, the nation's need, requests and
 * decisions, each group, each county and each waiting-time band (columns that do not apply to a row are empty).
 */
export function goalAchievementCsv(report: GoalAchievement): string {
  const { goal, needAndDecisions: national } = report;
  const rows: (string | number)[][] = [
    [
      'goal',
      report.year,
      `${goal.percent} % settled within ${goal.months} months of the permit`,
      '',
      '',
      '',
      goal.settled,
      goal.settledWithinTarget,
      cell(goal.sharePercent),
      goal.months,
    ],
    [
      'national',
      report.year,
      'Norway',
      cell(national.need?.total),
      national.requested,
      national.decided,
      goal.settled,
      '',
      '',
      '',
    ],
    ...report.groups.map((group) => [
      'group',
      group.group,
      GROUP_NAMES[group.group],
      '',
      '',
      '',
      group.settled,
      group.settledWithinTarget,
      cell(group.sharePercent),
      group.targetMonths,
    ]),
    ...report.counties.map((county) => [
      'county',
      county.countyNumber,
      county.countyName,
      '',
      county.requested,
      county.decided,
      county.settled,
      county.settledWithinGoal,
      cell(county.shareWithinGoalPercent),
      goal.months,
    ]),
    ...report.waitingTimes.bands.map((band) => [
      'waiting-time',
      band.band,
      `settled ${band.band} after the permit`,
      '',
      '',
      '',
      band.settled,
      '',
      '',
      '',
    ]),
  ];
  return toCsv(HEADER, rows);
}
