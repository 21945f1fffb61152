import type { MunicipalityInput } from '../../municipalities/municipality-facts.js';
import type { Allocation } from './apportion.js';
import type { PersonsClaim } from './claimants.js';
import type { EmBandExplanation, MunicipalityExplanation, MunicipalityRequest } from './distribution.js';
import type { Eligibility } from './eligibility.js';
import type { Weighting } from './weigh.js';

/** What each step of the distribution made of one municipality; a municipality not asked has only its eligibility. */
export interface MunicipalitySteps {
  eligibility: Eligibility;
  weighting?: Weighting;
  claim?: PersonsClaim;
  persons?: Allocation;
  emMinimum: number;
  emUnder15?: Allocation;
  em15To18?: Allocation;
}

/** A municipality's request: the persons and minors (by age band) it is asked for, and why. */
export function municipalityRequestOf(
  municipality: MunicipalityInput,
  steps: MunicipalitySteps,
): MunicipalityRequest {
  const emUnder15 = steps.emUnder15?.persons ?? 0;
  const em15To18 = steps.em15To18?.persons ?? 0;
  return {
    kommunenummer: municipality.number,
    kommunenavn: municipality.name,
    fylkesnummer: municipality.countyNumber,
    fylkesnavn: municipality.countyName,
    requested: steps.persons?.persons ?? 0,
    em: emUnder15 + em15To18,
    emUnder15,
    em15To18,
    explanation: explanationOf(steps),
  };
}

const band = (allocation: Allocation | undefined): EmBandExplanation => ({
  quota: allocation?.quota ?? 0,
  adjustments: [...(allocation?.adjustments ?? [])],
});

/** Why a municipality got its figure, from every step on the way; what a step did not reach is zero. */
function explanationOf({
  eligibility,
  weighting,
  claim,
  persons,
  emMinimum,
  emUnder15,
  em15To18,
}: MunicipalitySteps): MunicipalityExplanation {
  return {
    eligible: eligibility.eligible,
    reasons: eligibility.reasons,
    criteria: weighting?.criteria ?? [],
    criteriaShare: weighting?.criteriaShare ?? 0,
    cautions: weighting?.cautions ?? [],
    weight: weighting?.weight ?? 0,
    minimum: claim?.minimum ?? 0,
    maximum: claim?.maximum ?? 0,
    quota: persons?.quota ?? 0,
    adjustments: [...(claim?.adjustments ?? []), ...(persons?.adjustments ?? [])],
    em: {
      eligible: eligibility.em.eligible,
      reasons: eligibility.em.reasons,
      minimum: emMinimum,
      under15: band(emUnder15),
      from15To18: band(em15To18),
    },
    ...(weighting?.continuity ? { continuity: weighting.continuity } : {}),
  };
}
