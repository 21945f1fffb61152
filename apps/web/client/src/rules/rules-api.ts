import { apiGet, apiSend, type Service } from '../api';
import type { RuleSetDocument } from './rule-set-types';

export interface RuleSetSummary {
  id: string;
  title: string;
  version: string;
  contentHash: string;
  owner: string;
  service: Service;
}

export interface VersionEntry {
  activationId: number;
  version: string;
  contentHash: string;
  activatedBy: string;
  activatedAt: string;
  reason: string;
}

export interface Problem {
  path: string;
  rule?: string;
  message: string;
}

export interface CaseResult {
  file: string;
  name: string;
  passed: boolean;
  reasons: string[];
}

export interface DifferenceGroup {
  count: number;
  byRule: Record<string, number>;
  examples: { decisionId: string; subject: string; evaluatedAt: string; rule: string }[];
}

export interface SimulationReport {
  evaluations: number;
  unchanged: number;
  appear: DifferenceGroup;
  disappear: DifferenceGroup;
  change: DifferenceGroup;
  notEvaluable: { count: number };
}

const SERVICES: Service[] = ['settlement', 'reception', 'care-centres'];

/** Every rule set of the three services; a service the user may not read, or that is down, is left out. */
export async function allRuleSets(): Promise<RuleSetSummary[]> {
  const answers = await Promise.allSettled(
    SERVICES.map(async (service) =>
      (await apiGet<Omit<RuleSetSummary, 'service'>[]>(service, '/rules')).map((r) => ({ ...r, service })),
    ),
  );
  return answers.flatMap((answer) => (answer.status === 'fulfilled' ? answer.value : []));
}

export const ruleSet = (service: Service, id: string) => apiGet<RuleSetDocument>(service, `/rules/${id}`);
export const versions = (service: Service, id: string) =>
  apiGet<VersionEntry[]>(service, `/rules/${id}/versions`);
export const simulate = (service: Service, candidate: unknown) =>
  apiSend<SimulationReport>(service, 'POST', '/rules/simulate', { ruleSet: candidate });
/** Who submits comes from the token; the candidate waits for another policy approver's approval. */
export const submitCandidate = (service: Service, id: string, candidate: unknown) =>
  apiSend<{ status: string; version: string; contentHash: string }>(
    service,
    'POST',
    `/rules/${id}/candidates`,
    {
      ruleSet: candidate,
    },
  );

async function check<T>(kind: 'validate' | 'test', text: string): Promise<T> {
  const response = await fetch(`/checks/rule-set/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-workbench': '1' },
    body: JSON.stringify({ text }),
  });
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as T;
}

export const validateCandidate = (text: string) => check<{ problems: Problem[] }>('validate', text);
export const testCandidate = (text: string) =>
  check<{ problems: Problem[]; results: CaseResult[]; hasTests?: boolean }>('test', text);
