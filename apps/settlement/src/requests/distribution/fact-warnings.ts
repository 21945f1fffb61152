import type { FactDeclaration } from '#rules';

import type { Evaluated } from './evaluations.js';

/**
 * Facts the rule set fills with the median of the others that no municipality has a value for: every rule on
 * them is silent, which the people using the distribution should know.
 */
export function factWarnings(declarations: FactDeclaration[], evaluations: Evaluated[]): string[] {
  return declarations
    .filter(
      (declaration) =>
        declaration.whenMissing === 'median' &&
        evaluations.length > 0 &&
        evaluations.every(
          (evaluated) => evaluated.resolved.sources[declaration.name] === 'no municipality has a value',
        ),
    )
    .map(
      (declaration) =>
        `No municipality has a value for ${declaration.name}: no rule on it applies (supply it as an indicator)`,
    );
}
