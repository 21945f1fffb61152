import type { Allocation } from './apportion.js';
import { emClaimant } from './claimants.js';
import type { CountyRecommendation, EmFigures } from './distribution.js';
import { type Split, split, type SplitOptions } from './split.js';

export interface MinorsClaim {
  municipalityNumber: string;
  weight: number;
  /** Persons the municipality is asked for: its minors of both bands fit within them. */
  persons: number;
  minimum: number;
  recommendation?: CountyRecommendation;
}

export interface MinorsSplit {
  under15: Split;
  from15To18: Split;
}

/**
 * Splits unaccompanied minors between the municipalities eligible for them, under 15 first and then 15–18
 * within the persons each is asked for that the younger band left, each band in groups of at least the
 * municipality's EM minimum (a band smaller than that goes whole to one municipality). Figures are whole minors
 * (groups, not multiples of a rounding step). Throws
 * ApportionmentError when a band cannot be placed.
 */
export function splitMinors(
  em: EmFigures,
  claims: MinorsClaim[],
  options: Pick<SplitOptions, 'method' | 'countyOf'>,
): MinorsSplit {
  const settings = { ...options, step: 1 };
  // A band smaller than the minimum group still goes out: whole, to one municipality.
  const group = (claim: MinorsClaim, total: number) => Math.max(1, Math.min(claim.minimum, total));
  const under15 = split(
    em.under15,
    claims.map((claim) =>
      emClaimant(
        claim.municipalityNumber,
        claim.weight,
        claim.persons,
        group(claim, em.under15),
        claim.recommendation?.emUnder15,
      ),
    ),
    settings,
  );
  const taken = (allocation: Allocation | undefined) => allocation?.persons ?? 0;
  const from15To18 = split(
    em.from15To18,
    claims.map((claim) =>
      emClaimant(
        claim.municipalityNumber,
        claim.weight,
        claim.persons - taken(under15.municipalities.get(claim.municipalityNumber)),
        group(claim, em.from15To18),
        claim.recommendation?.em15To18,
      ),
    ),
    settings,
  );
  return { under15, from15To18 };
}
