import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EscalationRaised, EscalationResolved, EscalationSeverity } from '#contracts';
import type { Outbox } from '#messaging';
import type { CompiledRuleSet, RuleOutcome } from '../compiled-rule-set.js';
import type { DecisionLog } from '../decisions/decision-log.js';
import type { DecisionRecord } from '../decisions/decision-record.js';
import type { EscalationStore } from './escalation-store.js';

export interface EscalationParams {
  severity: EscalationSeverity;
  message: string;
}

export interface EscalationEventTypes {
  raised: string;
  resolved: string;
}

/**
 * Turns an evaluation of escalation rules into escalations: raises what newly fires for a subject, resolves
 * what no longer holds, and leaves alone what is already open. Everything is written in the caller's
 * transaction (state, outbox events and the decision record behind a change), so nothing is raised twice
 * and nothing is lost. Outcomes without a subject (another scope) are not this evaluation's business.
 */
export class EscalationBook {
  constructor(
    private readonly store: EscalationStore,
    private readonly outbox: Outbox,
    private readonly decisionLog: DecisionLog,
    private readonly types: EscalationEventTypes,
  ) {}

  /** Call before reading the figures an evaluation decides on, in the same transaction. */
  lock(transaction: EntityManager, key: string): Promise<void> {
    return this.store.lock(transaction, key);
  }

  async apply(
    transaction: EntityManager,
    ruleSet: CompiledRuleSet,
    decision: DecisionRecord,
    outcomes: RuleOutcome[],
    subjectOf: (outcome: RuleOutcome) => string | undefined,
    /** Every subject this evaluation decides on: open escalations of theirs whose rule is gone are resolved. */
    subjects: string[],
    /** The caller changed state on this decision too (an early warning): keep its record with the transaction. */
    durable = false,
  ): Promise<{ raised: EscalationRaised[]; resolved: EscalationResolved[] }> {
    const raised: EscalationRaised[] = [];
    const resolved: EscalationResolved[] = [];
    const resolve = async (
      open: { escalationId: string; raisedAt: string },
      rule: string,
      subject: string,
      facts: RuleOutcome['facts'],
    ) => {
      if (!(await this.store.markResolved(transaction, open.escalationId, facts, decision.evaluatedAt)))
        return;
      const resolution: EscalationResolved = {
        escalationId: open.escalationId,
        decisionId: decision.decisionId,
        rule,
        subject,
        facts,
        ruleSet: ruleSet.reference,
        raisedAt: open.raisedAt,
        resolvedAt: decision.evaluatedAt,
      };
      await this.outbox.publish(transaction, this.types.resolved, resolution);
      resolved.push(resolution);
    };
    for (const outcome of outcomes) {
      const subject = subjectOf(outcome);
      if (!subject) continue;
      const open = await this.store.findOpen(transaction, outcome.rule, subject);
      if (outcome.fired && !open) {
        const params = outcome.params as unknown as EscalationParams;
        const escalation: EscalationRaised = {
          escalationId: randomUUID(),
          decisionId: decision.decisionId,
          rule: outcome.rule,
          severity: params.severity,
          subject,
          message: params.message,
          facts: outcome.facts,
          ruleSet: ruleSet.reference,
          raisedAt: decision.evaluatedAt,
        };
        await this.store.insertOpen(transaction, escalation);
        await this.outbox.publish(transaction, this.types.raised, escalation);
        raised.push(escalation);
      } else if (!outcome.fired && open) {
        await resolve(open, outcome.rule, subject, outcome.facts);
      }
    }
    // Escalations raised by a rule the version in force no longer has would otherwise stay open for ever.
    const rules = new Set(outcomes.map((outcome) => outcome.rule));
    for (const open of await this.store.openFor(transaction, subjects)) {
      if (!rules.has(open.rule)) await resolve(open, open.rule, open.subject, {});
    }
    if (durable || raised.length + resolved.length > 0)
      await this.decisionLog.recordWith(transaction, [decision]);
    else this.decisionLog.record([decision]);
    return { raised, resolved };
  }
}
