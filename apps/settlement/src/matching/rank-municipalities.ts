import type { PersonNeed } from '#contracts';
import type { CompiledRuleSet, FactValue, RuleOutcome } from '#rules';

import { type MunicipalityInput, resolveFacts } from '../municipalities/municipality-facts.js';

export interface HouseholdToPlace {
  householdId: string;
  /** Members still waiting. */
  persons: number;
  unaccompaniedMinors: number;
  familyWithChildren: boolean;
  /** Members selected abroad for the quota: their match is announced as a resettlement match. */
  resettlementRefugees: number;
  needs: PersonNeed[];
}

export interface Capacity {
  decided: number;
  decidedEm: number;
  settled: number;
  settledEm: number;
  /** Held by open placements for members still waiting. */
  reserved: number;
  reservedEm: number;
}

export interface Suggestion {
  rank: number;
  municipalityNumber: string;
  municipalityName: string;
  points: number;
  freeCapacity: number;
  freeEmCapacity: number;
  /** Why it ranks where it does: each soft criterion that counted, with its points. */
  reasons: { rule: string; points: number; reason: string }[];
}

export interface Ranking {
  suggestions: Suggestion[];
  /** Municipalities left out by a hard constraint, counted by the constraint. */
  excluded: Record<string, number>;
}

/** The ranking with the hard constraint that left out each municipality not suggested. */
export interface RankingWithExclusions extends Ranking {
  constraintExcluding: Map<string, string>;
}

const NEED_FACT: Record<PersonNeed, string> = {
  'health-services': 'offersHealthServices',
  'care-services': 'offersCareServices',
  'accessible-housing': 'offersAccessibleHousing',
  'mental-health-services': 'offersMentalHealthServices',
};

/**
 * Ranks municipalities for a household: first the hard constraints (free decided capacity, after what is
 * settled and what open placements reserve, for everyone in the household; unaccompanied minors only where the
 * decision includes them; each special need only where the service exists), then the soft criteria of the
 * matching rule set, each with its reason.
 */
export async function rankMunicipalities(
  household: HouseholdToPlace,
  municipalities: MunicipalityInput[],
  capacity: Map<string, Capacity>,
  rules: CompiledRuleSet,
): Promise<RankingWithExclusions> {
  const excluded: Record<string, number> = {};
  const constraintExcluding = new Map<string, string>();
  const inputs = municipalities.map((municipality) => {
    const room = capacity.get(municipality.number);
    const free = room ? room.decided - room.settled - room.reserved : 0;
    const freeEm = room ? room.decidedEm - room.settledEm - room.reservedEm : 0;
    const values: Record<string, FactValue | undefined> = {
      ...municipality.values,
      freeCapacity: free,
      freeEmCapacity: freeEm,
      householdSize: household.persons,
      familyWithChildren: household.familyWithChildren,
    };
    return { ...municipality, values };
  });
  const resolved = resolveFacts(rules.loaded.document.facts, inputs);
  const candidates: Suggestion[] = [];
  for (const municipality of inputs) {
    const exclude = (constraint: string) => {
      excluded[constraint] = (excluded[constraint] ?? 0) + 1;
      constraintExcluding.set(municipality.number, constraint);
    };
    const facts = resolved.get(municipality.number)!;
    const free = Number(facts.facts.freeCapacity);
    const freeEm = Number(facts.facts.freeEmCapacity);
    if (!capacity.has(municipality.number)) {
      exclude('no decision to settle this year');
      continue;
    }
    if (free < household.persons) {
      exclude('not enough free decided capacity');
      continue;
    }
    if (household.unaccompaniedMinors > 0 && freeEm < household.unaccompaniedMinors) {
      exclude('the decision does not include (enough) unaccompanied minors');
      continue;
    }
    const missingService = household.needs.find((need) => facts.facts[NEED_FACT[need]] !== true);
    if (missingService) {
      exclude(`no ${missingService.replace(/-/g, ' ')}`);
      continue;
    }
    if (facts.missing.length > 0) {
      exclude(`no value for ${facts.missing.join(', ')}`);
      continue;
    }
    const outcomes: RuleOutcome[] = await rules.evaluate(facts.facts);
    const reasons = outcomes
      .filter((outcome) => outcome.fired && outcome.eventType === 'score')
      .map((outcome) => {
        const params = outcome.params as { points: number; reason: string };
        return { rule: outcome.rule, points: params.points, reason: params.reason };
      });
    candidates.push({
      rank: 0,
      municipalityNumber: municipality.number,
      municipalityName: municipality.name,
      points: reasons.reduce((sum, reason) => sum + reason.points, 0),
      freeCapacity: free,
      freeEmCapacity: freeEm,
      reasons,
    });
  }
  candidates.sort(
    (a, b) =>
      b.points - a.points ||
      b.freeCapacity - a.freeCapacity ||
      a.municipalityNumber.localeCompare(b.municipalityNumber),
  );
  candidates.forEach((candidate, index) => (candidate.rank = index + 1));
  return { suggestions: candidates, excluded, constraintExcluding };
}
