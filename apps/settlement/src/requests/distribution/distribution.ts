import type { RuleSetReference } from '#rules';

import type { FactSource } from '../../municipalities/municipality-facts.js';

export interface CriterionContribution {
  criterion: string;
  fact: string;
  value: number;
  source: FactSource;
  direction: 'higher' | 'lower';
  weight: number;
  /** The municipality's share of this criterion among the municipalities asked. */
  share: number;
}

/** Why a municipality got its figure: the criteria values and weights, and every adjustment on the way. */
export interface MunicipalityExplanation {
  eligible: boolean;
  reasons: string[];
  criteria: CriterionContribution[];
  /** Weighted criteria share, before continuity. */
  criteriaShare: number;
  continuity?: { basis: string; lastYear: number; share: number; weight: number };
  /** The share the municipality's figure is computed from. */
  weight: number;
  minimum: number;
  maximum: number;
  quota: number;
  adjustments: string[];
  em: { eligible: boolean; reasons: string[]; quota: number; adjustments: string[] };
}

export interface MunicipalityRequest {
  kommunenummer: string;
  kommunenavn: string;
  fylkesnummer: string;
  fylkesnavn: string;
  requested: number;
  em: number;
  explanation: MunicipalityExplanation;
}

export interface CountyRequest {
  fylkesnummer: string;
  fylkesnavn: string;
  requested: number;
  em: number;
  quota: number;
  emQuota: number;
}

export interface Distribution {
  year: number;
  total: number;
  em: number;
  method: 'county-first' | 'direct';
  ruleSet: RuleSetReference;
  municipalities: MunicipalityRequest[];
  counties: CountyRequest[];
  computedAt: string;
}

export interface CountyRecommendation {
  municipalityNumber: string;
  persons: number;
  em?: number;
}
