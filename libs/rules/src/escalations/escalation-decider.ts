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
  /**
   * Other effects of the same evaluation, written in the same transaction (an early warning); answers whether it
   * changed state, in which case the decision record is kept with the transaction too.
   */
  effects?: (evaluation: Evaluation) => Promise<boolean>;
  /**
   * Only report what would be raised or resolved (a check for a past day): the caller rolls its transaction
   * back, and no decision record is kept.
   */
  preview?: boolean;
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

  async decide(
    transaction: EntityManager,
    ruleSetId: string,
    factsFor: FactsFor,
    subjectByScope: Record<string, string>,
    context: Record<string, unknown>,
    options: DecideOptions = {},
  ): Promise<Evaluation & BookedEscalations> {
    const ruleSet = this.ruleSets.current(ruleSetId);
    const facts = typeof factsFor === 'function' ? await factsFor(ruleSet) : factsFor;
    const outcomes = await ruleSet.evaluate(facts);
    const subject = Object.values(subjectByScope).join(',');
    const decision = decisionRecordOf(ruleSet, subject, facts, outcomes, context);
    const evaluation: Evaluation = { ruleSet, decision, outcomes };
    const keepRecord = options.effects ? await options.effects(evaluation) : false;
    const booked = await this.book.apply(transaction, {
      ...evaluation,
      subjectByScope,
      keepRecord,
      preview: options.preview ?? false,
    });
    return { ...evaluation, ...booked };
  }
}
