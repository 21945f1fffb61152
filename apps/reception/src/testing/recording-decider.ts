import type { EntityManager } from 'typeorm';

import {
  type CompiledRuleSet,
  type DecideOptions,
  decisionRecordOf,
  type EscalationDecider,
  type FactsFor,
  type FactValues,
  type SubjectEvaluation,
} from '#rules';

export interface RecordedDecision {
  ruleSetId: string;
  facts: FactValues;
  subjectByScope: Record<string, string>;
  context: Record<string, unknown>;
  /** What the evaluation's other effects answered (early warnings: whether they issued any). */
  effectsChangedState: unknown;
}

/**
 * Stands in for the EscalationDecider (tested on its own in libs/rules): evaluates the facts with a fixture rule
 * set, runs the caller's effects on the outcome, and records what it was asked to decide.
 */
export class RecordingDecider implements Pick<
  EscalationDecider,
  'lock' | 'lockAll' | 'decide' | 'decideAll'
> {
  readonly locks: string[] = [];
  readonly decisions: RecordedDecision[] = [];

  constructor(private readonly ruleSet: CompiledRuleSet) {}

  lock(_transaction: EntityManager, key: string): Promise<void> {
    this.locks.push(key);
    return Promise.resolve();
  }

  lockAll(_transaction: EntityManager, keys: string[]): Promise<void> {
    this.locks.push(...[...new Set(keys)].sort());
    return Promise.resolve();
  }

  async decideAll(transaction: EntityManager, ruleSetId: string, evaluations: SubjectEvaluation[]) {
    const results = [];
    for (const { facts, subjectByScope, context, effects } of evaluations)
      results.push(await this.decide(transaction, ruleSetId, facts, subjectByScope, context, { effects }));
    return results;
  }

  async decide(
    _transaction: EntityManager,
    ruleSetId: string,
    factsFor: FactsFor,
    subjectByScope: Record<string, string>,
    context: Record<string, unknown>,
    options: DecideOptions = {},
  ) {
    const facts = typeof factsFor === 'function' ? await factsFor(this.ruleSet) : factsFor;
    const outcomes = await this.ruleSet.evaluate(facts);
    const subject = Object.values(subjectByScope).join(',');
    const decision = decisionRecordOf(this.ruleSet, subject, facts, outcomes, context);
    const evaluation = { ruleSet: this.ruleSet, decision, outcomes };
    const effectsChangedState = options.effects ? await options.effects(evaluation) : false;
    this.decisions.push({ ruleSetId, facts, subjectByScope, context, effectsChangedState });
    return { ...evaluation, raised: [], resolved: [] };
  }
}
