import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import type { EscalationRaised, EscalationResolved, EscalationSeverity } from '#contracts';

import type { CompiledRuleSet, RuleOutcome } from '../compiled-rule-set.js';
import type { DecisionRecord } from '../decisions/decision-record.js';
import type { DecisionRecorder, EscalationRepository, EventPublisher } from './escalation-ports.js';

export interface EscalationParams {
  scope: string;
  severity: EscalationSeverity;
  message: string;
}

export interface EscalationEventTypes {
  raised: string;
  resolved: string;
}

/** One evaluation to book: the rule set that decided, its record and outcomes, and who each scope is about. */
export interface EscalationEntry {
  ruleSet: CompiledRuleSet;
  decision: DecisionRecord;
  outcomes: RuleOutcome[];
  /**
   * The subject of each scope this evaluation decides on (`{ national: 'national', centre: 'centre:OSL-1' }`).
   * An escalation outcome counts for the subject of its `scope` param; outcomes of scopes not listed are another
   * evaluation's business. Open escalations of these subjects whose rule is gone are resolved.
   */
  subjectByScope: Record<string, string>;
  /** The caller changed state on this decision too (an early warning): keep its record with the transaction. */
  keepRecord?: boolean;
  /** A preview in a transaction that is rolled back: keep no decision record, not even outside it. */
  preview?: boolean;
}

export interface BookedEscalations {
  raised: EscalationRaised[];
  resolved: EscalationResolved[];
}

/**
 * Turns an evaluation of escalation rules into escalations: raises what newly fires for a subject, resolves
 * what no longer holds, and leaves alone what is already open. Everything is written in the caller's
 * transaction (state, outbox events and the decision record behind a change), so nothing is raised twice
 * and nothing is lost.
 */
export class EscalationBook {
  constructor(
    private readonly store: EscalationRepository,
    private readonly events: EventPublisher,
    private readonly decisions: DecisionRecorder,
    private readonly types: EscalationEventTypes,
  ) {}

  /** Call before reading the figures an evaluation decides on, in the same transaction. */
  lock(transaction: EntityManager, key: string): Promise<void> {
    return this.store.lock(transaction, key);
  }

  async apply(transaction: EntityManager, entry: EscalationEntry): Promise<BookedEscalations> {
    const { ruleSet, decision, outcomes, subjectByScope } = entry;
    const booked: BookedEscalations = { raised: [], resolved: [] };
    for (const outcome of outcomes) {
      const subject = subjectOf(outcome, subjectByScope);
      if (!subject) continue;
      const open = await this.store.findOpen(transaction, outcome.rule, subject);
      if (outcome.fired && !open) {
        booked.raised.push(await this.raise(transaction, ruleSet, decision, outcome, subject));
      } else if (!outcome.fired && open) {
        await this.resolve(
          transaction,
          booked,
          { ...open, rule: outcome.rule, subject },
          outcome.facts,
          entry,
        );
      }
    }
    // Escalations raised by a rule the version in force no longer has would otherwise stay open for ever.
    const rules = new Set(outcomes.map((outcome) => outcome.rule));
    for (const open of await this.store.openFor(transaction, Object.values(subjectByScope))) {
      if (!rules.has(open.rule)) await this.resolve(transaction, booked, open, {}, entry);
    }
    if (entry.preview) return booked;
    if (entry.keepRecord || booked.raised.length + booked.resolved.length > 0)
      await this.decisions.recordWith(transaction, [decision]);
    else this.decisions.record([decision]);
    return booked;
  }

  private async raise(
    transaction: EntityManager,
    ruleSet: CompiledRuleSet,
    decision: DecisionRecord,
    outcome: RuleOutcome,
    subject: string,
  ): Promise<EscalationRaised> {
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
    await this.events.publish(transaction, this.types.raised, escalation);
    return escalation;
  }

  private async resolve(
    transaction: EntityManager,
    booked: BookedEscalations,
    open: { escalationId: string; raisedAt: string; rule: string; subject: string },
    facts: RuleOutcome['facts'],
    { ruleSet, decision }: EscalationEntry,
  ): Promise<void> {
    if (!(await this.store.markResolved(transaction, open.escalationId, facts, decision.evaluatedAt))) return;
    const resolution: EscalationResolved = {
      escalationId: open.escalationId,
      decisionId: decision.decisionId,
      rule: open.rule,
      subject: open.subject,
      facts,
      ruleSet: ruleSet.reference,
      raisedAt: open.raisedAt,
      resolvedAt: decision.evaluatedAt,
    };
    await this.events.publish(transaction, this.types.resolved, resolution);
    booked.resolved.push(resolution);
  }
}

function subjectOf(outcome: RuleOutcome, subjectByScope: Record<string, string>): string | undefined {
  if (outcome.eventType !== 'escalation') return undefined;
  const scope = (outcome.params as Partial<EscalationParams>).scope;
  return typeof scope === 'string' && Object.hasOwn(subjectByScope, scope)
    ? subjectByScope[scope]
    : undefined;
}
