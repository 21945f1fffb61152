import { percentOf } from '#domain';
import type { FactValues } from '#rules';

import type { LatestDecision } from '../municipalities/municipal-decisions.repository.js';
import { NEED_COMPONENTS, type NeedComponent, type NeedComponents } from '../need/need-components.js';
import type { IssuedSummary } from '../requests/requests.repository.js';

/** What the national triggers are judged on. */
export interface NationalFigures {
  /** The settlement need in force (persons, unaccompanied minors, and the components the estimate gives). */
  need?: { total: number; em: number | null; components?: NeedComponents };
  /** The year's issued requests. */
  issued?: IssuedSummary;
  /** Each deciding municipality's decision in force. */
  decisions: LatestDecision[];
  /** People beyond their target in recent weekly snapshots, oldest week first. */
  beyondTargetPerWeek: number[];
  emBeyondTargetPerWeek: number[];
  /** The share of those waiting who wait beyond their target, in the same weeks. */
  shareBeyondTargetPerWeek: number[];
  emShareBeyondTargetPerWeek: number[];
}

/** The fact comparing one component of the need at the distribution with now. */
const SINCE_DISTRIBUTION: Record<NeedComponent, string> = {
  residentsWithPermit: 'residentsWithPermitSinceDistribution',
  expectedPermits: 'expectedPermitsSinceDistribution',
  resettlementQuota: 'resettlementQuotaSinceDistribution',
  emUnder15: 'emUnder15SinceDistribution',
  em15To18: 'em15To18SinceDistribution',
};

/** [then, now] when both are known; empty otherwise, so no rule on the change fires (unknown is not 0). */
const sinceDistribution = (then: number | null | undefined, now: number | null | undefined): number[] =>
  then === null || then === undefined || now === null || now === undefined ? [] : [then, now];

/**
 * The national facts of the settlement escalation rules: the need changed since the distribution (in total, for
 * minors, and per component), decisions short, long waits.
 */
export function nationalFacts(figures: NationalFigures): FactValues {
  const { need, issued, decisions } = figures;
  const decided = decisions.reduce((sum, decision) => sum + decision.total, 0);
  return {
    needSinceDistribution: sinceDistribution(issued?.total, need?.total),
    emNeedSinceDistribution: sinceDistribution(issued?.em, need?.em),
    ...Object.fromEntries(
      NEED_COMPONENTS.map((component) => [
        SINCE_DISTRIBUTION[component],
        sinceDistribution(issued?.basedOn?.[component], need?.components?.[component]),
      ]),
    ),
    decisionsReceivedPercent: issued ? percentOf(decisions.length, issued.municipalitiesAsked) : null,
    decisionShortfallPercent: need ? percentOf(need.total - decided, need.total) : null,
    beyondTargetPerWeek: figures.beyondTargetPerWeek,
    emBeyondTargetPerWeek: figures.emBeyondTargetPerWeek,
    shareBeyondTargetPerWeek: figures.shareBeyondTargetPerWeek,
    emShareBeyondTargetPerWeek: figures.emShareBeyondTargetPerWeek,
  };
}

/** The national facts when a household is judged: the national rules then have nothing to go on. */
export const NATIONAL_FACTS_ABSENT = {
  needSinceDistribution: [],
  emNeedSinceDistribution: [],
  ...Object.fromEntries(NEED_COMPONENTS.map((component) => [SINCE_DISTRIBUTION[component], []])),
  decisionsReceivedPercent: null,
  decisionShortfallPercent: null,
  beyondTargetPerWeek: [],
  emBeyondTargetPerWeek: [],
  shareBeyondTargetPerWeek: [],
  emShareBeyondTargetPerWeek: [],
} satisfies FactValues;
