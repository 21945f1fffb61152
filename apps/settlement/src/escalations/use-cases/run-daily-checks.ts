import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { weekStartOf } from '#domain';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail, SYSTEM_ACTORS } from '#platform';
import type { EscalationChange } from '#rules';

import { PeopleRepository } from '../../people/people.repository.js';
import { WaitingSummary } from '../../people/use-cases/waiting-summary.js';
import type { CheckResult } from '../check-result.js';
import { ChecksRepository } from '../checks.repository.js';
import { CheckHousehold } from './check-household.js';
import { CheckNationalTriggers } from './check-national-triggers.js';

export interface CheckSummary {
  asOf: string;
  /** The years whose need, issued requests and decisions were checked: the year of the day, and the next. */
  years: number[];
  households: number;
  raised: number;
  resolved: number;
  /** A check for a past day: nothing was changed; the counts and lists say what it would have done. */
  preview?: true;
  wouldRaise?: EscalationChange[];
  wouldResolve?: EscalationChange[];
}

/** Who ran a check: the queue's job and the instance that took it, and who asked (the schedule when absent). */
export interface CheckRun {
  jobId: string;
  instanceId: string;
  requestedBy?: AuditActor;
}

/** Runs one unit of the check: in a transaction of its own, or in the preview's one. */
type Within = <T>(work: (transaction: EntityManager) => Promise<T>) => Promise<T>;

/**
 * The daily check: this week's waiting snapshot (those waiting in reception and care centres), the national
 * triggers for this year and next (requests for next year are issued in the autumn and must be re-checked before
 * 1 January), and every household with someone waiting or with an open case, each in a transaction of its own;
 * the run is recorded with its summary, and audited. A preview (a check for a past day) runs the same steps in one
 * transaction that is rolled back: it reports what would be raised or resolved and changes nothing.
 */
@Injectable()
export class RunDailyChecks {
  constructor(
    @Inject(WaitingSummary) private readonly waitingSummary: Pick<WaitingSummary, 'execute'>,
    @Inject(PeopleRepository) private readonly people: Pick<PeopleRepository, 'waitingHouseholds'>,
    @Inject(ChecksRepository)
    private readonly checks: Pick<
      ChecksRepository,
      'recordSnapshot' | 'householdsWithOpenEscalations' | 'recordRun'
    >,
    @Inject(CheckNationalTriggers) private readonly national: Pick<CheckNationalTriggers, 'execute'>,
    @Inject(CheckHousehold) private readonly household: Pick<CheckHousehold, 'execute'>,
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run' | 'rolledBack'>,
    @Inject(AuditTrail) private readonly audit: Pick<AuditTrail, 'record'>,
  ) {}

  async execute(asOf: string, run: CheckRun, preview = false): Promise<CheckSummary> {
    const summary = preview
      ? await this.transactions.rolledBack((transaction) =>
          this.check(asOf, true, (work) => work(transaction)),
        )
      : await this.check(asOf, false, (work) => this.transactions.run(work));
    await this.transactions.run(async (transaction) => {
      if (!preview) await this.checks.recordRun(run.jobId, run.instanceId, asOf, summary, transaction);
      await this.audit.record(
        {
          actor: run.requestedBy ?? SYSTEM_ACTORS.schedule,
          action: 'checks.run',
          target: 'checks:settlement',
          outcome: preview ? 'preview' : 'done',
          details: { asOf, raised: summary.raised, resolved: summary.resolved, jobId: run.jobId },
        },
        transaction,
      );
    });
    return summary;
  }

  private async check(asOf: string, preview: boolean, within: Within): Promise<CheckSummary> {
    const waiting = await this.waitingSummary.execute(asOf);
    const week = weekStartOf(asOf);
    const inNorway = waiting.inReceptionAndCareCentres;
    const minors = waiting.unaccompaniedMinors;
    // Outside a transaction of its own unless previewing, as a snapshot stands whatever the checks find.
    const snapshot: <T>(work: (transaction?: EntityManager) => Promise<T>) => Promise<T> = preview
      ? within
      : (work) => work();
    await snapshot((transaction) =>
      this.checks.recordSnapshot(week, 'all', inNorway.waiting, inNorway.beyondTarget, transaction),
    );
    await snapshot((transaction) =>
      this.checks.recordSnapshot(
        week,
        'unaccompanied-minors',
        minors.waiting,
        minors.beyondTarget,
        transaction,
      ),
    );
    const year = Number(asOf.slice(0, 4));
    const summary: CheckSummary = { asOf, years: [year, year + 1], households: 0, raised: 0, resolved: 0 };
    const wouldRaise: EscalationChange[] = [];
    const wouldResolve: EscalationChange[] = [];
    const add = (result: CheckResult) => {
      summary.raised += result.raised;
      summary.resolved += result.resolved;
      wouldRaise.push(...(result.changes?.raised ?? []));
      wouldResolve.push(...(result.changes?.resolved ?? []));
    };
    for (const checked of summary.years) {
      add(await within((transaction) => this.national.execute(transaction, checked)));
    }
    for (const householdId of await this.householdsToCheck()) {
      summary.households += 1;
      add(await within((transaction) => this.household.execute(transaction, householdId, asOf)));
    }
    return preview ? { ...summary, preview: true, wouldRaise, wouldResolve } : summary;
  }

  private async householdsToCheck(): Promise<string[]> {
    const [waiting, open] = await Promise.all([
      this.people.waitingHouseholds(),
      this.checks.householdsWithOpenEscalations(),
    ]);
    return [...new Set([...waiting, ...open])].sort();
  }
}
