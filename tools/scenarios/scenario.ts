/** A scenario: phases of events, each published in date order, the next phase only once the services caught up. */
export interface ScenarioEvent {
  type: string;
  data: Record<string, unknown>;
}

export interface ScenarioPhase {
  name: string;
  events: ScenarioEvent[];
}

export interface Scenario {
  name: string;
  description: string;
  /** Every person the scenario brings in, for accounting at the end. */
  persons: string[];
  phases: ScenarioPhase[];
}

/** Deterministic pseudo-random numbers, so a scenario is the same every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Municipalities that host centres and settle refugees in the scenarios (real municipality numbers). */
export const MUNICIPALITIES = [
  '0301',
  '4601',
  '5001',
  '1103',
  '3201',
  '4204',
  '1804',
  '5501',
  '3403',
  '1506',
  '3905',
  '3107',
  '4003',
  '1106',
];
