import { type Evaluated, firedOf, reasonsOf } from './evaluations.js';

export interface Eligibility {
  eligible: boolean;
  reasons: string[];
  /** Whether the municipality is asked to settle unaccompanied minors too, and why. */
  em: { eligible: boolean; reasons: string[] };
}

/** Whether the criteria ask the municipality at all (an exclusion outweighs any reason to ask), and for minors. */
export function eligibility(evaluated: Evaluated): Eligibility {
  const persons = personsEligibility(evaluated);
  const em = persons.eligible && firedOf(evaluated, 'em-eligible').length > 0;
  return { ...persons, em: { eligible: em, reasons: em ? reasonsOf(evaluated, 'em-eligible') : [] } };
}

function personsEligibility(evaluated: Evaluated): { eligible: boolean; reasons: string[] } {
  if (evaluated.resolved.missing.length > 0) {
    return { eligible: false, reasons: [`no value for ${evaluated.resolved.missing.join(', ')}`] };
  }
  const excluded = reasonsOf(evaluated, 'exclude').map((reason) => `not asked: ${reason}`);
  const eligible = reasonsOf(evaluated, 'eligible');
  if (excluded.length > 0) return { eligible: false, reasons: excluded };
  if (eligible.length === 0) return { eligible: false, reasons: ['no eligibility rule applies'] };
  return { eligible: true, reasons: eligible };
}
