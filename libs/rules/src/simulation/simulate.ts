import type { CompiledRuleSet, FactValues, RuleOutcome, RuleSetReference } from '../compiled-rule-set.js';

export interface HistoricalEvaluation {
  decisionId: string;
  subject: string;
  evaluatedAt: string;
  facts: FactValues;
}

export interface DifferenceExample {
  decisionId: string;
  subject: string;
  evaluatedAt: string;
  rule: string;
  facts: FactValues;
  activeParams?: Record<string, unknown>;
  candidateParams?: Record<string, unknown>;
}

export interface DifferenceGroup {
  count: number;
  byRule: Record<string, number>;
  examples: DifferenceExample[];
}

export interface SimulationReport {
  active: RuleSetReference;
  candidate: RuleSetReference;
  evaluations: number;
  unchanged: number;
  /** Decisions the candidate would make that the active version does not. */
  appear: DifferenceGroup;
  /** Decisions the active version makes that the candidate would not. */
  disappear: DifferenceGroup;
  /** Rules that fire under both, with different event params (for example another severity). */
  change: DifferenceGroup;
  notEvaluable: { count: number; examples: { decisionId: string; reason: string }[] };
}

const EXAMPLES_PER_GROUP = 5;

function emptyGroup(): DifferenceGroup {
  return { count: 0, byRule: {}, examples: [] };
}

function add(group: DifferenceGroup, example: DifferenceExample): void {
  group.count += 1;
  group.byRule[example.rule] = (group.byRule[example.rule] ?? 0) + 1;
  if (group.examples.length < EXAMPLES_PER_GROUP) group.examples.push(example);
}

const firedByRule = (outcomes: RuleOutcome[]) =>
  new Map(outcomes.filter((outcome) => outcome.fired).map((outcome) => [outcome.rule, outcome]));

/** Runs the candidate and the active version over the same recorded facts and reports what would differ. */
export async function simulate(
  active: CompiledRuleSet,
  candidate: CompiledRuleSet,
  history: HistoricalEvaluation[],
): Promise<SimulationReport> {
  const report: SimulationReport = {
    active: active.reference,
    candidate: candidate.reference,
    evaluations: 0,
    unchanged: 0,
    appear: emptyGroup(),
    disappear: emptyGroup(),
    change: emptyGroup(),
    notEvaluable: { count: 0, examples: [] },
  };
  for (const record of history) {
    let before: Map<string, RuleOutcome>;
    let after: Map<string, RuleOutcome>;
    try {
      before = firedByRule(await active.evaluate(record.facts));
      after = firedByRule(await candidate.evaluate(record.facts));
    } catch (error) {
      report.notEvaluable.count += 1;
      if (report.notEvaluable.examples.length < EXAMPLES_PER_GROUP) {
        report.notEvaluable.examples.push({
          decisionId: record.decisionId,
          reason: (error as Error).message,
        });
      }
      continue;
    }
    report.evaluations += 1;
    const base = {
      decisionId: record.decisionId,
      subject: record.subject,
      evaluatedAt: record.evaluatedAt,
      facts: record.facts,
    };
    let differs = false;
    for (const [rule, outcome] of after) {
      const previous = before.get(rule);
      if (!previous) add(report.appear, { ...base, rule, candidateParams: outcome.params });
      else if (JSON.stringify(previous.params) !== JSON.stringify(outcome.params)) {
        add(report.change, { ...base, rule, activeParams: previous.params, candidateParams: outcome.params });
      } else continue;
      differs = true;
    }
    for (const [rule, outcome] of before) {
      if (after.has(rule)) continue;
      add(report.disappear, { ...base, rule, activeParams: outcome.params });
      differs = true;
    }
    if (!differs) report.unchanged += 1;
  }
  return report;
}
