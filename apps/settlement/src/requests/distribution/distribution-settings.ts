import { RejectedError } from '#domain';

import type { Distribution } from './distribution.js';
import { type Evaluated, firedOf } from './evaluations.js';

export interface DistributionSettings {
  method: Distribution['method'];
  /** Whether a county authority's recommendation is used as the municipality's figure. */
  useRecommendations: boolean;
  /** Figures are multiples of this (1: whole persons). */
  roundingStep: number;
}

/** The one value of a setting every municipality's evaluation must agree on. */
function setting<T>(evaluations: Evaluated[], type: string, fallback: T): T {
  const values = new Set(
    evaluations.flatMap((evaluated) =>
      firedOf(evaluated, type).map((outcome) => JSON.stringify(outcome.params)),
    ),
  );
  if (values.size > 1)
    throw new RejectedError(
      `The rule set gives different "${type}" settings to different municipalities`,
      'criteria',
    );
  return values.size === 1 ? (JSON.parse([...values][0]) as T) : fallback;
}

/** How the criteria say to split: directly or by county first, whether county recommendations decide, rounding. */
export function distributionSettings(evaluations: Evaluated[]): DistributionSettings {
  return {
    method: setting<{ method: Distribution['method'] }>(evaluations, 'distribution-method', {
      method: 'direct',
    }).method,
    useRecommendations: setting(evaluations, 'county-recommendation', { use: 'ignore' }).use === 'override',
    roundingStep: setting(evaluations, 'rounding', { step: 1 }).step,
  };
}
