import type { Allocation } from './apportion.js';
import type { PersonsClaim } from './claimants.js';
import type { MunicipalityExplanation } from './distribution.js';
import type { Eligibility } from './eligibility.js';
import type { Weighting } from './weigh.js';

/**
 * Why a municipality got its figure, from every step on the way; a municipality not asked has only its
 * eligibility, everything else at zero.
 */
export function explanationOf(
  eligibility: Eligibility,
  weighting: Weighting | undefined,
  claim: PersonsClaim | undefined,
  persons: Allocation | undefined,
  em: Allocation | undefined,
): MunicipalityExplanation {
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
