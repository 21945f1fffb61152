import type { EntityManager } from 'typeorm';

import {
  type CompiledRuleSet,
  type DecideOptions,
  decisionRecordOf,
  type EscalationDecider,
  type FactsFor,
  type FactValues,
} from '#rules';

export interface RecordedDecision {
  ruleSetId: string;
  facts: FactValues;
  subjectByScope: Record<string, string>;
  context: Record<string, unknown>;
  /** What the evaluation's other effects answered: whether they changed state. */
  effectsChangedState: boolean;
}

/**
 * Stands in for the EscalationDecider (tested on its own in libs/rules): evaluates the facts with a fixture rule
 * set, runs the caller's effects on the outcome, and records what it was asked to decide.
 */
export class RecordingDecider implements Pick<EscalationDecider, 'lock' | 'decide'> {
  readonly locks: string[] = [];
  readonly decisions: RecordedDecision[] = [];

  constructor(private readonly ruleSet: CompiledRuleSet) {}

  lock(_transaction: EntityManager, key: string): Promise<void> {
    this.locks.push(key);
    return Promise.resolve();
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
