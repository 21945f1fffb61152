import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import type { EscalationRaised, EscalationResolved, EscalationSeverity } from '#contracts';

import type { CompiledRuleSet, RuleOutcome } from '../compiled-rule-set.js';
import type { DecisionRecord } from '../decisions/decision-record.js';
import type { DecisionRecorder, EscalationRepository, EventPublisher } from './escalation-ports.js';
import type { OpenEscalation } from './escalation-store.js';

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
}

export interface BookedEscalations {
  raised: EscalationRaised[];
  resolved: EscalationResolved[];
}

/**
 * Turns an evaluation of escalation rules into escalations: raises what newly fires for a subject, resolves
 * what no longer holds, and leaves alone what is already open. Everything is written in the caller's
 * transaction (state, outbox events and every evaluation's decision record), so nothing is raised twice
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

  /** Locks several keys at once, always in the same order, so two transactions cannot wait for each other. */
  lockAll(transaction: EntityManager, keys: string[]): Promise<void> {
    return this.store.lockAll(transaction, keys);
  }

  async apply(transaction: EntityManager, entry: EscalationEntry): Promise<BookedEscalations> {
    const [booked] = await this.applyAll(transaction, [entry]);
    return booked;
  }

  /**
   * Books several evaluations of one transaction in their order: the open escalations of all their subjects are
   * read in one query, and their decision records written in one statement with the transaction.
   */
  async applyAll(transaction: EntityManager, entries: EscalationEntry[]): Promise<BookedEscalations[]> {
    const subjects = [...new Set(entries.flatMap((entry) => Object.values(entry.subjectByScope)))];
    const open = new Map<string, OpenEscalation>();
    for (const escalation of subjects.length > 0 ? await this.store.openFor(transaction, subjects) : [])
      open.set(keyOf(escalation.rule, escalation.subject), escalation);
    const results: BookedEscalations[] = [];
    for (const entry of entries) results.push(await this.book(transaction, entry, open));
    await this.decisions.recordWith(
      transaction,
      entries.map((entry) => entry.decision),
    );
    return results;
  }

  private async book(
    transaction: EntityManager,
    entry: EscalationEntry,
    open: Map<string, OpenEscalation>,
  ): Promise<BookedEscalations> {
    const { ruleSet, decision, outcomes, subjectByScope } = entry;
    const booked: BookedEscalations = { raised: [], resolved: [] };
    for (const outcome of outcomes) {
      const subject = subjectOf(outcome, subjectByScope);
      if (!subject) continue;
      const key = keyOf(outcome.rule, subject);
      const current = open.get(key);
      if (outcome.fired && !current) {
        const raised = await this.raise(transaction, ruleSet, decision, outcome, subject);
        booked.raised.push(raised);
        open.set(key, {
          escalationId: raised.escalationId,
          rule: raised.rule,
          subject,
          raisedAt: raised.raisedAt,
        });
      } else if (!outcome.fired && current) {
        await this.resolve(transaction, booked, current, outcome.facts, entry);
        open.delete(key);
      }
    }
    // Escalations raised by a rule the version in force no longer has would otherwise stay open for ever.
    const rules = new Set(outcomes.map((outcome) => outcome.rule));
    const subjects = new Set(Object.values(subjectByScope));
    for (const [key, current] of open) {
      if (!subjects.has(current.subject) || rules.has(current.rule)) continue;
      await this.resolve(transaction, booked, current, {}, entry);
      open.delete(key);
    }
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

const keyOf = (rule: string, subject: string): string => `${rule}\u0000${subject}`;

function subjectOf(outcome: RuleOutcome, subjectByScope: Record<string, string>): string | undefined {
  if (outcome.eventType !== 'escalation') return undefined;
  const scope = (outcome.params as Partial<EscalationParams>).scope;
  return typeof scope === 'string' && Object.hasOwn(subjectByScope, scope)
    ? subjectByScope[scope]
    : undefined;
}
