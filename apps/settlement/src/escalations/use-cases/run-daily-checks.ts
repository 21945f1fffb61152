import { Inject, Injectable } from '@nestjs/common';

import { weekStartOf } from '#domain';
import { Transactions } from '#persistence';

import { PeopleRepository } from '../../people/people.repository.js';
import { WaitingSummary } from '../../people/use-cases/waiting-summary.js';
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
}

/** Who ran a check: the queue's job and the instance that took it. */
export interface CheckRun {
  jobId: string;
  instanceId: string;
}

/**
 * The daily check: this week's waiting snapshot (those waiting in reception and care centres), the national
 * triggers for this year and next (requests for next year are issued in the autumn and must be re-checked before
 * 1 January), and every household with someone waiting or with an open case, each in a transaction of its own;
 * the run is recorded with its summary.
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
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
  ) {}

  async execute(asOf: string, run: CheckRun): Promise<CheckSummary> {
    const waiting = await this.waitingSummary.execute(asOf);
    const week = weekStartOf(asOf);
    const inNorway = waiting.inReceptionAndCareCentres;
    await this.checks.recordSnapshot(week, 'all', inNorway.waiting, inNorway.beyondTarget);
    await this.checks.recordSnapshot(
      week,
      'unaccompanied-minors',
      waiting.unaccompaniedMinors.waiting,
      waiting.unaccompaniedMinors.beyondTarget,
    );
    const year = Number(asOf.slice(0, 4));
    const summary: CheckSummary = { asOf, years: [year, year + 1], households: 0, raised: 0, resolved: 0 };
    const add = (result: { raised: number; resolved: number }) => {
      summary.raised += result.raised;
      summary.resolved += result.resolved;
    };
    for (const checked of summary.years) {
      add(await this.transactions.run((transaction) => this.national.execute(transaction, checked)));
    }
    for (const householdId of await this.householdsToCheck()) {
      summary.households += 1;
      add(
        await this.transactions.run((transaction) => this.household.execute(transaction, householdId, asOf)),
      );
    }
    await this.checks.recordRun(run.jobId, run.instanceId, asOf, summary);
    return summary;
  }

  private async householdsToCheck(): Promise<string[]> {
    const [waiting, open] = await Promise.all([
      this.people.waitingHouseholds(),
      this.checks.householdsWithOpenEscalations(),
    ]);
    return [...new Set([...waiting, ...open])].sort();
  }
}
