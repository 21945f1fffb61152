import { percentOf } from '#domain';
import type { FactValues } from '#rules';

import type { LatestDecision } from '../municipalities/municipal-decisions.repository.js';
import type { IssuedSummary } from '../requests/requests.repository.js';

/** What the national triggers are judged on. */
export interface NationalFigures {
  /** The settlement need in force (persons, and unaccompanied minors). */
  need?: { total: number; em: number };
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

/** The national facts of the settlement escalation rules: need changed since the distribution, decisions short, long waits. */
export function nationalFacts(figures: NationalFigures): FactValues {
  const { need, issued, decisions } = figures;
  const decided = decisions.reduce((sum, decision) => sum + decision.total, 0);
  return {
    needSinceDistribution: issued && need ? [issued.total, need.total] : [],
    emNeedSinceDistribution: issued && need ? [issued.em, need.em] : [],
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
  decisionsReceivedPercent: null,
  decisionShortfallPercent: null,
  beyondTargetPerWeek: [],
  emBeyondTargetPerWeek: [],
  shareBeyondTargetPerWeek: [],
  emShareBeyondTargetPerWeek: [],
} satisfies FactValues;
