import type { EntityManager } from 'typeorm';

import type { FactValues } from '../compiled-rule-set.js';
import type { DecisionRecord } from '../decisions/decision-record.js';
import type { EscalationRecord, OpenEscalation } from './escalation-store.js';

/** What the escalation book needs of the escalations table (EscalationStore in a service). */
export interface EscalationRepository {
  lock(transaction: EntityManager, key: string): Promise<void>;
  lockAll(transaction: EntityManager, keys: string[]): Promise<void>;
  openFor(transaction: EntityManager, subjects: string[]): Promise<OpenEscalation[]>;
  findOpen(transaction: EntityManager, rule: string, subject: string): Promise<OpenEscalation | undefined>;
  insertOpen(
    transaction: EntityManager,
    escalation: Omit<EscalationRecord, 'status' | 'resolvedAt'>,
  ): Promise<void>;
  markResolved(
    transaction: EntityManager,
    escalationId: string,
    facts: FactValues,
    resolvedAt: string,
  ): Promise<boolean>;
}

/** Publishes an event with the caller's transaction (the service's outbox). */
export interface EventPublisher {
  publish(transaction: EntityManager, type: string, data: object): Promise<unknown>;
}

/** Keeps decision records with the transaction of the evaluations, in one statement. */
export interface DecisionRecorder {
  recordWith(transaction: EntityManager, records: DecisionRecord[]): Promise<void>;
}
