import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { todayOf, weekStartOf } from '#domain';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail, SYSTEM_ACTORS } from '#platform';
import { ActiveRuleSets, type CurrentRuleSets, type EscalationChange } from '#rules';

import { CARE_ESCALATIONS } from '../../care-centres-rule-sets.js';
import { ChildrenRepository } from '../../children/children.repository.js';
import {
  CareEscalations,
  type CareEvaluations,
  type EscalationChanges,
} from '../../escalations/care-escalations.js';
import { WaitingRepository } from '../waiting.repository.js';
import { waitingTargetMonths } from '../waiting-target.js';

export interface ChecksDone {
  asOf: string;
  /** Children in care checked against the waiting target. */
  children: number;
  /** A check for a past day: nothing was changed; the lists say what it would have raised or resolved. */
  preview?: true;
  wouldRaise?: EscalationChange[];
  wouldResolve?: EscalationChange[];
}

export interface ChecksOptions {
  /** Only report what would be raised or resolved (a past day), in a transaction that is rolled back. */
  preview?: boolean;
  /** Who asked (from the token); the schedule when absent. */
  requestedBy?: AuditActor;
}

type Within = <T>(work: (transaction: EntityManager) => Promise<T>) => Promise<T>;

/**
 * The checks as of a day: every child in care against the waiting target (one transaction per child, so one
 * child's evaluation never waits on another's), then the week's number waiting beyond it, then the national
 * triggers that read the weekly figures; audited. A preview runs the same steps in one transaction that is
 * rolled back.
 */
@Injectable()
export class RunChecks {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run' | 'rolledBack'>,
    @Inject(ActiveRuleSets) private readonly ruleSets: CurrentRuleSets,
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
    @Inject(WaitingRepository) private readonly waiting: WaitingRepository,
    @Inject(CareEscalations) private readonly escalations: CareEvaluations,
    @Inject(AuditTrail) private readonly audit: Pick<AuditTrail, 'record'>,
  ) {}

  async execute(asOf: string = todayOf(), options: ChecksOptions = {}): Promise<ChecksDone> {
    const preview = options.preview ?? false;
    const { done, changes } = preview
      ? await this.transactions.rolledBack((transaction) => this.check(asOf, (work) => work(transaction)))
      : await this.check(asOf, (work) => this.transactions.run(work));
    await this.audit.record({
      actor: options.requestedBy ?? SYSTEM_ACTORS.schedule,
      action: 'checks.run',
      target: 'checks:care-centres',
      outcome: preview ? 'preview' : 'done',
      details: { asOf, raised: changes.raised.length, resolved: changes.resolved.length },
    });
    return preview
      ? { ...done, preview: true, wouldRaise: changes.raised, wouldResolve: changes.resolved }
      : done;
  }

  private async check(
    asOf: string,
    within: Within,
  ): Promise<{ done: ChecksDone; changes: EscalationChanges }> {
    const changes: EscalationChanges = { raised: [], resolved: [] };
    const add = (more: EscalationChanges) => {
      changes.raised.push(...more.raised);
      changes.resolved.push(...more.resolved);
    };
    const inCare = await within((transaction) => this.children.inCare(transaction));
    for (const personId of inCare)
      add(await within((transaction) => this.escalations.forChild(transaction, personId, asOf)));
    await within(async (transaction) => {
      const months = waitingTargetMonths(this.ruleSets.current(CARE_ESCALATIONS));
      const beyondTarget = await this.children.countWaitingBeyond(transaction, asOf, months);
      await this.waiting.recordWeek(transaction, weekStartOf(asOf), beyondTarget);
    });
    add(await within((transaction) => this.escalations.national(transaction)));
    return { done: { asOf, children: inCare.length }, changes };
  }
}
