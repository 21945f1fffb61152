import { percentOf } from '#domain';

import type { DecisionSummary } from '../municipalities/decision-gaps.js';
import type { County, Municipality } from '../municipalities/reference-data.js';
import type { PersonRecord } from '../people/people.repository.js';
import { groupOf, WAITING_GROUPS, type WaitingGroup } from '../people/waiting-groups.js';
import type { SettlementGoal, WaitingTargets } from '../people/waiting-targets.js';
import { targetMonths } from '../people/waiting-time.js';
import type { QuotaProgress } from '../resettlement/resettlement.repository.js';
import { daysWaited, median, settledWithin } from './settled-within.js';

/** Those settled in the year, against a number of months from their permit. */
export interface SettledAgainstTarget {
  settled: number;
  settledWithinTarget: number;
  sharePercent: number | null;
}

export interface GoalFigures extends SettledAgainstTarget {
  months: number;
  percent: number;
  /** Whether the share reached the goal; null when nobody was settled. */
  met: boolean | null;
}

export interface GroupFigures extends SettledAgainstTarget {
  group: 'all' | WaitingGroup;
  /** The group's target in months (each person is judged by their own, the shortest that applies). */
  targetMonths: number;
  medianDaysWaited: number | null;
}

export interface NeedAndDecisions {
  need: { total: number; em: number } | null;
  requested: number;
  requestedEm: number;
  decided: number;
  decidedEm: number;
  /** The decisions as a share of the need; null without a need. */
  decidedPercentOfNeed: number | null;
  decidedEmPercentOfNeed: number | null;
  municipalitiesAsked: number;
  municipalitiesDeciding: number;
}

export interface CountyFigures {
  countyNumber: string;
  countyName: string;
  requested: number;
  decided: number;
  decidedPercentOfRequested: number | null;
  settled: number;
  settledWithinGoal: number;
  shareWithinGoalPercent: number | null;
  goalMet: boolean | null;
}

export interface WaitingBand {
  band: string;
  /** Settled more than this many months after the permit (0: from the permit day)… */
  fromMonths: number;
  /** …and at most this many; null: no upper bound. */
  toMonths: number | null;
  settled: number;
  sharePercent: number | null;
}

export interface ResettlementFigures extends QuotaProgress {
  /** Resettlement refugees settled in the year (of any quota), against their target from the entry permit. */
  settledInYear: number;
  settledWithinTarget: number;
}

/** The figures IMDi reports each year on the committee's goal achievement. */
export interface GoalAchievement {
  year: number;
  targets: WaitingTargets;
  goal: GoalFigures;
  groups: GroupFigures[];
  needAndDecisions: NeedAndDecisions;
  counties: CountyFigures[];
  waitingTimes: { medianDaysWaited: number | null; bands: WaitingBand[] };
  resettlement: ResettlementFigures;
}

export interface GoalAchievementInputs {
  year: number;
  targets: WaitingTargets;
  goal: SettlementGoal;
  /** Everyone settled in the year. */
  settled: PersonRecord[];
  municipalities: Pick<Municipality, 'number' | 'countyNumber'>[];
  counties: County[];
  decisions: DecisionSummary;
  need: { total: number; em: number } | null;
  quota: QuotaProgress;
}

const BAND_LIMITS = [0, 3, 6, 9, 12];

const against = (
  people: PersonRecord[],
  monthsOf: (person: PersonRecord) => number,
): SettledAgainstTarget => {
  const within = people.filter((person) => settledWithin(waitOf(person), monthsOf(person))).length;
  return {
    settled: people.length,
    settledWithinTarget: within,
    sharePercent: percentOf(within, people.length),
  };
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const waitOf = (person: PersonRecord) => ({ permitDate: person.permitDate, settledOn: person.settledOn! });

const goalMet = (share: number | null, goal: SettlementGoal) =>
  share === null ? null : share >= goal.percent;

function groupTargetMonths(group: 'all' | WaitingGroup, targets: WaitingTargets): number {
  const membership = {
    unaccompaniedMinor: group === 'unaccompanied-minors',
    familyWithChildren: group === 'families-with-children',
    resettlementRefugee: group === 'resettlement-refugees',
  };
  return targetMonths(membership, targets);
}

function groupFigures(inputs: GoalAchievementInputs): GroupFigures[] {
  return (['all', ...WAITING_GROUPS] as const).map((group) => {
    const people = inputs.settled.filter((person) => group === 'all' || groupOf(person) === group);
    return {
      group,
      targetMonths: groupTargetMonths(group, inputs.targets),
      ...against(people, (person) => targetMonths(person, inputs.targets)),
      medianDaysWaited: median(people.map((person) => daysWaited(waitOf(person)))),
    };
  });
}

function needAndDecisions(inputs: GoalAchievementInputs): NeedAndDecisions {
  const { decisions, need } = inputs;
  const deciding = decisions.municipalities.filter((municipality) => municipality.decided !== null);
  const decidedEm = sum(deciding.map((municipality) => municipality.decidedEm ?? 0));
  return {
    need,
    requested: decisions.requested,
    requestedEm: sum(decisions.municipalities.map((municipality) => municipality.requestedEm)),
    decided: decisions.decided,
    decidedEm,
    decidedPercentOfNeed: need ? percentOf(decisions.decided, need.total) : null,
    decidedEmPercentOfNeed: need ? percentOf(decidedEm, need.em) : null,
    municipalitiesAsked: decisions.municipalities.filter((municipality) => municipality.requested > 0).length,
    municipalitiesDeciding: deciding.length,
  };
}

function countyFigures(inputs: GoalAchievementInputs): CountyFigures[] {
  const countyOf = new Map(
    inputs.municipalities.map((municipality) => [municipality.number, municipality.countyNumber]),
  );
  return inputs.counties.map((county) => {
    const inCounty = inputs.decisions.municipalities.filter(
      (municipality) => municipality.countyNumber === county.number,
    );
    const requested = sum(inCounty.map((municipality) => municipality.requested));
    const decided = sum(inCounty.map((municipality) => municipality.decided ?? 0));
    const people = inputs.settled.filter((person) => countyOf.get(person.settledIn!) === county.number);
    const goal = against(people, () => inputs.goal.months);
    return {
      countyNumber: county.number,
      countyName: county.name,
      requested,
      decided,
      decidedPercentOfRequested: percentOf(decided, requested),
      settled: goal.settled,
      settledWithinGoal: goal.settledWithinTarget,
      shareWithinGoalPercent: goal.sharePercent,
      goalMet: goalMet(goal.sharePercent, inputs.goal),
    };
  });
}

function waitingBands(people: PersonRecord[]): WaitingBand[] {
  return BAND_LIMITS.map((fromMonths, index) => {
    const toMonths = BAND_LIMITS[index + 1] ?? null;
    const inBand = people.filter((person) => {
      const wait = waitOf(person);
      return (
        (fromMonths === 0 || !settledWithin(wait, fromMonths)) &&
        (toMonths === null || settledWithin(wait, toMonths))
      );
    });
    return {
      band:
        toMonths === null
          ? `over ${fromMonths} months`
          : fromMonths === 0
            ? `up to ${toMonths} months`
            : `${fromMonths}–${toMonths} months`,
      fromMonths,
      toMonths,
      settled: inBand.length,
      sharePercent: percentOf(inBand.length, people.length),
    };
  });
}

/**
 * IMDi's goal achievement for a year: the share settled within the goal's months of the permit (nationally and
 * per county of the settling municipality), those settled within their target per group, the decisions against
 * the need and the requests against the decisions per county, and how long those settled waited.
 */
export function goalAchievement(inputs: GoalAchievementInputs): GoalAchievement {
  const goal = against(inputs.settled, () => inputs.goal.months);
  const resettled = inputs.settled.filter((person) => person.resettlementRefugee);
  const resettledAgainstTarget = against(resettled, (person) => targetMonths(person, inputs.targets));
  return {
    year: inputs.year,
    targets: inputs.targets,
    goal: {
      months: inputs.goal.months,
      percent: inputs.goal.percent,
      ...goal,
      met: goalMet(goal.sharePercent, inputs.goal),
    },
    groups: groupFigures(inputs),
    needAndDecisions: needAndDecisions(inputs),
    counties: countyFigures(inputs),
    waitingTimes: {
      medianDaysWaited: median(inputs.settled.map((person) => daysWaited(waitOf(person)))),
      bands: waitingBands(inputs.settled),
    },
    resettlement: {
      ...inputs.quota,
      settledInYear: resettledAgainstTarget.settled,
      settledWithinTarget: resettledAgainstTarget.settledWithinTarget,
    },
  };
}
