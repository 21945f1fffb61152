import type { Claimant } from './apportion.js';
import type { CountyRecommendation } from './distribution.js';
import { type Evaluated, firedOf, paramsOf } from './evaluations.js';

/** A municipality asked for persons: its claim, its bounds, and what was decided about it on the way. */
export interface PersonsClaim {
  claimant: Claimant;
  minimum: number;
  maximum: number;
  adjustments: string[];
}

/**
 * The claim a municipality asked makes on the persons: its weight within the minimum request and cap the
 * criteria give it, or the figure its county authority recommends. A cap below the minimum leaves it out.
 */
export function personsClaim(
  evaluated: Evaluated,
  weight: number,
  recommended: CountyRecommendation | undefined,
): PersonsClaim {
  const minimums = firedOf(evaluated, 'minimum').map((outcome) =>
    paramsOf<{ persons: number; belowMinimum: 'exclude' | 'raise' }>(outcome),
  );
  // Rules fire in priority order; the first minimum that fires is the one in force for this municipality.
  const minimum = minimums[0] ?? { persons: 1, belowMinimum: 'exclude' as const };
  const caps = firedOf(evaluated, 'cap').map((outcome) =>
    paramsOf<{ persons?: number; percentOfPopulation?: number }>(outcome),
  );
  const maximum = Math.min(
    ...caps.map((cap) => cap.persons ?? Number.MAX_SAFE_INTEGER),
    ...caps.map((cap) =>
      cap.percentOfPopulation === undefined
        ? Number.MAX_SAFE_INTEGER
        : Math.floor((evaluated.municipality.population * cap.percentOfPopulation) / 100),
    ),
    Number.MAX_SAFE_INTEGER,
  );
  const adjustments: string[] = [];
  if (recommended) adjustments.push(`the county authority recommends ${recommended.persons}`);
  const impossible = !recommended && maximum < minimum.persons;
  if (impossible)
    adjustments.push(`not asked: its cap (${maximum}) is below its minimum request (${minimum.persons})`);
  return {
    claimant: {
      id: evaluated.municipality.number,
      weight: impossible ? 0 : weight,
      minimum: minimum.persons,
      maximum,
      belowMinimum: minimum.belowMinimum,
      fixed: recommended?.persons,
    },
    minimum: minimum.persons,
    maximum,
    adjustments,
  };
}

/** How many minors of an age band a municipality is asked for at least, or none (the first rule that fires). */
export function emMinimumOf(evaluated: Evaluated): number {
  const [outcome] = firedOf(evaluated, 'em-minimum');
  return outcome ? paramsOf<{ persons: number }>(outcome).persons : 1;
}

/**
 * The claim a municipality asked for minors of one age band makes on them: its weight, in groups of at least
 * its EM minimum, up to the persons it was asked for that the other band left (none when asked for nobody);
 * a recommended figure for the band is kept within that too.
 */
export function emClaimant(
  municipalityNumber: string,
  weight: number,
  room: number,
  minimum: number,
  recommended: number | undefined,
): Claimant {
  return {
    id: municipalityNumber,
    weight: room > 0 ? weight : 0,
    minimum,
    maximum: room,
    belowMinimum: 'exclude',
    fixed: recommended === undefined ? undefined : Math.min(recommended, room),
  };
}
