/** The settlement service's distribution of requests (anmodninger), as POST /settlement/requests/distribute answers. */
export interface CriterionContribution {
  criterion: string;
  fact: string;
  value: number;
  measure: string;
  weight: number;
  share: number;
}

export interface MunicipalityExplanation {
  eligible: boolean;
  reasons: string[];
  criteria: CriterionContribution[];
  criteriaShare: number;
  continuity?: { basis: string; lastYear: number; share: number; weight: number };
  cautions: { reason: string; factor: number }[];
  weight: number;
  quota: number;
  adjustments: string[];
}

export interface MunicipalityRequest {
  kommunenummer: string;
  kommunenavn: string;
  fylkesnummer: string;
  fylkesnavn: string;
  requested: number;
  em: number;
  emUnder15: number;
  em15To18: number;
  explanation: MunicipalityExplanation;
}

export interface MunicipalityDifference {
  kommunenummer: string;
  kommunenavn: string;
  active: { requested: number; em: number };
  candidate: { requested: number; em: number };
  change: number;
  changeEm: number;
}

export interface Distribution {
  distributionId: string;
  /** draft or issued */
  status: string;
  year: number;
  total: number;
  em: number | null;
  ruleSet: { id: string; version: string };
  municipalities: MunicipalityRequest[];
  warnings: string[];
  differences?: MunicipalityDifference[];
  issuedAt: string | null;
  issuedBy: string | null;
  /** The issuing approver's display name. */
  issuedByName?: string | null;
}
