import type { IssuedRequest } from '../requests/requests.repository.js';
import type { LatestDecision } from './municipal-decisions.repository.js';
import type { Municipality } from './reference-data.js';

export interface DecisionGap {
  municipalityNumber: string;
  municipalityName: string;
  countyNumber: string;
  requested: number;
  requestedEm: number;
  decided: number | null;
  decidedEm: number | null;
  decidedOn: string | null;
  /** Decided minus requested (negative: the municipality decided fewer than asked); null while undecided. */
  gap: number | null;
  gapEm: number | null;
}

export interface DecisionSummary {
  requested: number;
  decided: number;
  gap: number;
  municipalities: DecisionGap[];
}

/**
 * Each municipality asked or deciding: its request, its decision in force and the gap between them, in the
 * order of the municipalities given; with the national sums.
 */
export function decisionGaps(
  municipalities: Pick<Municipality, 'number' | 'name' | 'countyNumber'>[],
  issued: IssuedRequest[],
  latest: LatestDecision[],
): DecisionSummary {
  const requests = new Map(issued.map((request) => [request.municipalityNumber, request]));
  const decisions = new Map(latest.map((decision) => [decision.municipalityNumber, decision]));
  const gaps = municipalities
    .filter(
      (municipality) =>
        (requests.get(municipality.number)?.requested ?? 0) > 0 || decisions.has(municipality.number),
    )
    .map((municipality): DecisionGap => {
      const requested = requests.get(municipality.number)?.requested ?? 0;
      const requestedEm = requests.get(municipality.number)?.em ?? 0;
      const decision = decisions.get(municipality.number);
      return {
        municipalityNumber: municipality.number,
        municipalityName: municipality.name,
        countyNumber: municipality.countyNumber,
        requested,
        requestedEm,
        decided: decision?.total ?? null,
        decidedEm: decision?.em ?? null,
        decidedOn: decision?.decidedOn ?? null,
        gap: decision ? decision.total - requested : null,
        gapEm: decision ? decision.em - requestedEm : null,
      };
    });
  const requested = gaps.reduce((sum, m) => sum + m.requested, 0);
  const decided = gaps.reduce((sum, m) => sum + (m.decided ?? 0), 0);
  return { requested, decided, gap: decided - requested, municipalities: gaps };
}
