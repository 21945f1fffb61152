import { type Evaluated, firedOf, paramsOf, reasonsOf } from './evaluations.js';

export interface Eligibility {
  eligible: boolean;
  reasons: string[];
  /** Whether the municipality is asked to settle unaccompanied minors too, and why. */
  em: { eligible: boolean; reasons: string[] };
}

export interface Eligibilities {
  byMunicipality: Map<string, Eligibility>;
  warnings: string[];
}

interface EmEligibleParams {
  reason: string;
  /** Only used when no other rule makes any municipality eligible for minors (population as a last resort). */
  fallback?: boolean;
}

/**
 * Whether the criteria ask each municipality at all (an exclusion outweighs any reason to ask), and for minors:
 * by the rules on what policy staff supply (services for minors, last year's EM decision); a rule marked
 * `fallback` counts only when those make nobody eligible, and a warning then says so.
 */
export function eligibilities(evaluations: Evaluated[]): Eligibilities {
  const persons = new Map(
    evaluations.map((evaluated) => [evaluated.municipality.number, personsEligibility(evaluated)]),
  );
  const emRules = (evaluated: Evaluated, fallback: boolean) =>
    firedOf(evaluated, 'em-eligible').filter(
      (outcome) => (paramsOf<EmEligibleParams>(outcome).fallback ?? false) === fallback,
    );
  const candidates = evaluations.filter((evaluated) => persons.get(evaluated.municipality.number)!.eligible);
  const useFallback = !candidates.some((evaluated) => emRules(evaluated, false).length > 0);
  const fallbackReasons = new Set(
    candidates.flatMap((evaluated) =>
      emRules(evaluated, true).map((outcome) => paramsOf<EmEligibleParams>(outcome).reason),
    ),
  );
  const warnings =
    useFallback && fallbackReasons.size > 0
      ? [
          `No municipality asked is known to offer services for unaccompanied minors or to have settled them last year: ` +
            `minors follow the fallback rule (${[...fallbackReasons].join('; ')}). Supply emServices to ask those that do`,
        ]
      : [];
  const byMunicipality = new Map(
    evaluations.map((evaluated) => {
      const eligibility = persons.get(evaluated.municipality.number)!;
      const reasons = eligibility.eligible
        ? emRules(evaluated, useFallback).map((outcome) => paramsOf<EmEligibleParams>(outcome).reason)
        : [];
      return [
        evaluated.municipality.number,
        { ...eligibility, em: { eligible: reasons.length > 0, reasons } },
      ];
    }),
  );
  return { byMunicipality, warnings };
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
