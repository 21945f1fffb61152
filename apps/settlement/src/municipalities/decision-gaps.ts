import type { IssuedRequest } from '../requests/requests.repository.js';
import type { LatestDecision } from './municipal-decisions.repository.js';
import type { Municipality } from './reference-data.js';

export interface DecisionGap {
  municipalityNumber: string;
  municipalityName: string;
  countyNumber: string;
  requested: number;
  requestedEm: number;
  requestedEmUnder15: number | null;
  requestedEm15To18: number | null;
  decided: number | null;
  decidedEm: number | null;
  decidedEmUnder15: number | null;
  decidedEm15To18: number | null;
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
      const request = requests.get(municipality.number);
      const requested = request?.requested ?? 0;
      const requestedEm = request?.em ?? 0;
      const decision = decisions.get(municipality.number);
      return {
        municipalityNumber: municipality.number,
        municipalityName: municipality.name,
        countyNumber: municipality.countyNumber,
        requested,
        requestedEm,
        requestedEmUnder15: request?.emUnder15 ?? null,
        requestedEm15To18: request?.em15To18 ?? null,
        decided: decision?.total ?? null,
        decidedEm: decision?.em ?? null,
        decidedEmUnder15: decision?.emUnder15 ?? null,
        decidedEm15To18: decision?.em15To18 ?? null,
        decidedOn: decision?.decidedOn ?? null,
        gap: decision ? decision.total - requested : null,
        gapEm: decision ? decision.em - requestedEm : null,
      };
    });
  const requested = gaps.reduce((sum, m) => sum + m.requested, 0);
  const decided = gaps.reduce((sum, m) => sum + (m.decided ?? 0), 0);
  return { requested, decided, gap: decided - requested, municipalities: gaps };
}
