import type { CompiledRuleSet, FactValues, RuleOutcome } from '#rules';

import {
  type MunicipalityInput,
  type ResolvedFacts,
  resolveFacts,
} from '../../municipalities/municipality-facts.js';

/** One municipality as the criteria judged it: its facts (and where each came from) and the rules that fired. */
export interface Evaluated {
  municipality: MunicipalityInput;
  resolved: ResolvedFacts;
  fired: RuleOutcome[];
}

/** Called with each municipality's evaluation, for decision records. */
export type OnEvaluated = (municipalityNumber: string, facts: FactValues, outcomes: RuleOutcome[]) => void;

/**
 * Resolves every municipality's facts for the year (missing values as the criteria say) and evaluates the
 * criteria for each; a municipality lacking a fact it cannot do without is not evaluated.
 */
export async function evaluateMunicipalities(
  criteria: CompiledRuleSet,
  municipalities: MunicipalityInput[],
  year: number,
  onEvaluated?: OnEvaluated,
): Promise<Evaluated[]> {
  const resolved = resolveFacts(
    criteria.loaded.document.facts,
    municipalities.map((municipality) => ({ ...municipality, values: { ...municipality.values, year } })),
  );
  const evaluations: Evaluated[] = [];
  for (const municipality of municipalities) {
    const facts = resolved.get(municipality.number)!;
    const outcomes = facts.missing.length > 0 ? [] : await criteria.evaluate(facts.facts);
    if (outcomes.length > 0) onEvaluated?.(municipality.number, facts.facts, outcomes);
    evaluations.push({ municipality, resolved: facts, fired: outcomes.filter((outcome) => outcome.fired) });
  }
  return evaluations;
}

/** The rules of one event type that fired for the municipality, in the order they fired. */
export const firedOf = (evaluated: Evaluated, type: string): RuleOutcome[] =>
  evaluated.fired.filter((outcome) => outcome.eventType === type);

export const paramsOf = <T>(outcome: RuleOutcome): T => outcome.params as unknown as T;

/** The reasons the fired rules of one event type give. */
export const reasonsOf = (evaluated: Evaluated, type: string): string[] =>
  firedOf(evaluated, type).map((outcome) => paramsOf<{ reason: string }>(outcome).reason);
