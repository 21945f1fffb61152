import type { MunicipalityInput } from '../../municipalities/municipality-facts.js';
import type { Allocation } from './apportion.js';
import type { PersonsClaim } from './claimants.js';
import type { MunicipalityExplanation, MunicipalityRequest } from './distribution.js';
import type { Eligibility } from './eligibility.js';
import type { Weighting } from './weigh.js';

/** What each step of the distribution made of one municipality; a municipality not asked has only its eligibility. */
export interface MunicipalitySteps {
  eligibility: Eligibility;
  weighting?: Weighting;
  claim?: PersonsClaim;
  persons?: Allocation;
  em?: Allocation;
}

/** A municipality's request: the persons and minors it is asked for, and why. */
export function municipalityRequestOf(
  municipality: MunicipalityInput,
  steps: MunicipalitySteps,
): MunicipalityRequest {
  return {
    kommunenummer: municipality.number,
    kommunenavn: municipality.name,
    fylkesnummer: municipality.countyNumber,
    fylkesnavn: municipality.countyName,
    requested: steps.persons?.persons ?? 0,
    em: steps.em?.persons ?? 0,
    explanation: explanationOf(steps),
  };
}

/** Why a municipality got its figure, from every step on the way; what a step did not reach is zero. */
function explanationOf({
  eligibility,
  weighting,
  claim,
  persons,
  em,
}: MunicipalitySteps): MunicipalityExplanation {
  return {
    eligible: eligibility.eligible,
    reasons: eligibility.reasons,
    criteria: weighting?.criteria ?? [],
    criteriaShare: weighting?.criteriaShare ?? 0,
    weight: weighting?.weight ?? 0,
    minimum: claim?.minimum ?? 0,
    maximum: claim?.maximum ?? 0,
    quota: persons?.quota ?? 0,
    adjustments: [...(claim?.adjustments ?? []), ...(persons?.adjustments ?? [])],
    em: {
      eligible: eligibility.em.eligible,
      reasons: eligibility.em.reasons,
      quota: em?.quota ?? 0,
      adjustments: [...(em?.adjustments ?? [])],
    },
    ...(weighting?.continuity ? { continuity: weighting.continuity } : {}),
  };
}
