import type { RuleSetReference } from '#rules';

import type { FactSource } from '../../municipalities/municipality-facts.js';

export interface CriterionContribution {
  criterion: string;
  fact: string;
  value: number;
  source: FactSource;
  direction: 'higher' | 'lower';
  /** What the criterion measures, in words: "population^0.6", "employmentRate × population^0.6". */
  measure: string;
  /** The municipality's measure: its value as the criterion transforms it. */
  basis: number;
  weight: number;
  /** The municipality's share of this criterion among the municipalities asked. */
  share: number;
}

/** A weight reduction for an area the criteria advise caution about (high immigrant share, living conditions). */
export interface Caution {
  reason: string;
  factor: number;
}

/** One age band of unaccompanied minors: the exact share and what happened to it. */
export interface EmBandExplanation {
  quota: number;
  adjustments: string[];
}

/** Why a municipality got its figure: the criteria values and weights, and every adjustment on the way. */
export interface MunicipalityExplanation {
  eligible: boolean;
  reasons: string[];
  criteria: CriterionContribution[];
  /** Weighted criteria share, before continuity. */
  criteriaShare: number;
  continuity?: { basis: string; lastYear: number; share: number; weight: number };
  cautions: Caution[];
  /** The share the municipality's figure is computed from. */
  weight: number;
  minimum: number;
  maximum: number;
  quota: number;
  adjustments: string[];
  em: {
    eligible: boolean;
    reasons: string[];
    /** Asked for minors of an age band in groups of at least this many, or none. */
    minimum: number;
    under15: EmBandExplanation;
    from15To18: EmBandExplanation;
  };
}

export interface MunicipalityRequest {
  kommunenummer: string;
  kommunenavn: string;
  fylkesnummer: string;
  fylkesnavn: string;
  requested: number;
  /** Unaccompanied minors, both age bands. */
  em: number;
  emUnder15: number;
  em15To18: number;
  explanation: MunicipalityExplanation;
}

export interface CountyRequest {
  fylkesnummer: string;
  fylkesnavn: string;
  requested: number;
  em: number;
  emUnder15: number;
  em15To18: number;
  /** The county's exact share (county first), or the committee's target when one was given. */
  quota: number;
  emQuota: number;
  /** The national committee's target for the county, when the distribution followed one. */
  target?: number;
}

/** Unaccompanied minors by age band: under 15 (Bufetat settles them) and 15–18 (IMDi). */
export interface EmFigures {
  under15: number;
  from15To18: number;
}

export interface Distribution {
  year: number;
  total: number;
  /** Unaccompanied minors in total; null when the distribution was made without an EM figure (unknown, not 0). */
  em: number | null;
  emUnder15: number | null;
  em15To18: number | null;
  method: 'county-first' | 'direct';
  /** Whether each county got the national committee's target for it. */
  followsCountyTargets: boolean;
  ruleSet: RuleSetReference;
  municipalities: MunicipalityRequest[];
  counties: CountyRequest[];
  /** What the criteria could not do as written (a criterion left out, a fallback used), in words. */
  warnings: string[];
  computedAt: string;
}

export interface CountyRecommendation {
  municipalityNumber: string;
  persons: number;
  emUnder15?: number;
  em15To18?: number;
}

/** The national committee's split of the need by county: persons per county. */
export interface CountyTarget {
  countyNumber: string;
  persons: number;
}
