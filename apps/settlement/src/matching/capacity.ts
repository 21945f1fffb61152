import type { LatestDecision } from '../municipalities/municipal-decisions.repository.js';
import type { Capacity } from './rank-municipalities.js';

/** Each deciding municipality's decision in force for the year and how many it has settled since. */
export function capacityOf(
  decisions: LatestDecision[],
  settled: Map<string, { persons: number; em: number }>,
): Map<string, Capacity> {
  return new Map(
    decisions.map((decision) => [
      decision.municipalityNumber,
      {
        decided: decision.total,
        decidedEm: decision.em,
        settled: settled.get(decision.municipalityNumber)?.persons ?? 0,
        settledEm: settled.get(decision.municipalityNumber)?.em ?? 0,
      },
    ]),
  );
}
