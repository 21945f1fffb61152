import type { EntityManager } from 'typeorm';

import type { CompiledRuleSet, FactValues, RuleOutcome } from '../compiled-rule-set.js';
import { type DecisionRecord, decisionRecordOf } from '../decisions/decision-record.js';
import type { BookedEscalations, EscalationBook } from './escalation-book.js';

/** Where the rule set in force comes from (ActiveRuleSets in a service). */
export interface CurrentRuleSets {
  current(ruleSetId: string): CompiledRuleSet;
}

export interface Evaluation {
  ruleSet: CompiledRuleSet;
  decision: DecisionRecord;
  outcomes: RuleOutcome[];
}

/**
 * The facts of an evaluation, or how to gather them from the version that will decide: facts that depend on a
 * policy parameter (a waiting target) must be computed with that same version's value.
 */
export type FactsFor = FactValues | ((ruleSet: CompiledRuleSet) => FactValues | Promise<FactValues>);

export interface DecideOptions {
  /** Other effects of the same evaluation, written in the same transaction (an early warning). */
  effects?: (evaluation: Evaluation) => Promise<unknown>;
}

/** One evaluation of several decided in one transaction: its facts, the subject of each scope, its context. */
export interface SubjectEvaluation extends DecideOptions {
  facts: FactsFor;
  subjectByScope: Record<string, string>;
  context: Record<string, unknown>;
}

/**
 * The one escalation path of every service: the rule set in force evaluates the facts, a decision record says
 * which version decided and why, and the book raises or resolves escalations for the subjects in scope, all in
 * the caller's transaction.
 */
export class EscalationDecider {
  constructor(
    private readonly ruleSets: CurrentRuleSets,
    private readonly book: EscalationBook,
  ) {}

  /**
   * Serialises the evaluations that decide on the same subjects, so two cannot both raise or both resolve.
   * Call before reading the facts, in the same transaction.
   */
  lock(transaction: EntityManager, key: string): Promise<void> {
    return this.book.lock(transaction, key);
  }

  /** Locks several keys at once, in one order for every transaction; call before reading the facts. */
  lockAll(transaction: EntityManager, keys: string[]): Promise<void> {
    return this.book.lockAll(transaction, keys);
  }

  async decide(
    transaction: EntityManager,
    ruleSetId: string,
    factsFor: FactsFor,
    subjectByScope: Record<string, string>,
    context: Record<string, unknown>,
    options: DecideOptions = {},
  ): Promise<Evaluation & BookedEscalations> {
    const [result] = await this.decideAll(transaction, ruleSetId, [
      { facts: factsFor, subjectByScope, context, ...options },
    ]);
    return result;
  }

  /**
   * Several evaluations with the version in force, booked together: one read of the open escalations, one
   * statement for all decision records, all in the caller's transaction.
   */
  async decideAll(
    transaction: EntityManager,
    ruleSetId: string,
    evaluations: SubjectEvaluation[],
  ): Promise<(Evaluation & BookedEscalations)[]> {
    const ruleSet = this.ruleSets.current(ruleSetId);
    const entries: (Evaluation & { subjectByScope: Record<string, string> })[] = [];
    for (const { facts: factsFor, subjectByScope, context, effects } of evaluations) {
      const facts = typeof factsFor === 'function' ? await factsFor(ruleSet) : factsFor;
      const outcomes = await ruleSet.evaluate(facts);
      const subject = Object.values(subjectByScope).join(',');
      const decision = decisionRecordOf(ruleSet, subject, facts, outcomes, context);
      const evaluation: Evaluation = { ruleSet, decision, outcomes };
      if (effects) await effects(evaluation);
      entries.push({ ...evaluation, subjectByScope });
    }
    const booked = await this.book.applyAll(transaction, entries);
    return entries.map(({ subjectByScope: _scopes, ...evaluation }, index) => ({
      ...evaluation,
      ...booked[index],
    }));
  }
}
