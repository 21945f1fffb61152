import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { weekStartOf } from '#domain';
import { EscalationDecider, type FactValues } from '#rules';
import { PeopleRepository } from '../people/people.repository.js';
import { waitingFigures } from '../people/waiting-figures.js';
import { waitingTime } from '../people/waiting-time.js';
import { EscalationFactsRepository } from './escalation-facts.repository.js';

export const SETTLEMENT_ESCALATIONS = 'settlement-escalations';

const NATIONAL_FACTS_ABSENT = {
  needSinceDistribution: [],
  emNeedSinceDistribution: [],
  decisionsReceivedPercent: null,
  decisionShortfallPercent: null,
  beyondTargetPerWeek: [],
  emBeyondTargetPerWeek: [],
} satisfies FactValues;
const HOUSEHOLD_FACTS_ABSENT = {
  householdDaysPastTarget: null,
  householdHasUnaccompaniedMinor: null,
} satisfies FactValues;

export interface CheckSummary {
  asOf: string;
  households: number;
  raised: number;
  resolved: number;
}

/**
 * Evaluates the settlement escalation rules: national triggers (need changed, long waits rising, decisions
 * short of the need) and case escalations for households past their target. Called on events, in their
 * transaction, and by the daily check job.
 */
@Injectable()
export class SettlementEscalations {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EscalationDecider) private readonly escalations: EscalationDecider,
    @Inject(EscalationFactsRepository) private readonly facts: EscalationFactsRepository,
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
  ) {}

  async checkNational(
    transaction: EntityManager,
    year: number,
  ): Promise<{ raised: number; resolved: number }> {
    await this.escalations.lock(transaction, 'settlement:national');
    const facts: FactValues = {
      ...(await this.facts.national(transaction, year)),
      ...HOUSEHOLD_FACTS_ABSENT,
    };
    return this.evaluate(transaction, 'national', facts, 'national', { year });
  }

  async checkHousehold(
    transaction: EntityManager,
    householdId: string,
    asOf: string,
  ): Promise<{ raised: number; resolved: number }> {
    await this.escalations.lock(transaction, `settlement:household:${householdId}`);
    const waiting = (await this.people.household(householdId, transaction)).filter(
      (person) => person.settledOn === null,
    );
    const facts: FactValues = {
      ...NATIONAL_FACTS_ABSENT,
      householdDaysPastTarget: waiting.length
        ? Math.max(...waiting.map((person) => waitingTime(person, asOf).daysPastTarget))
        : null,
      householdHasUnaccompaniedMinor: waiting.length
        ? waiting.some((person) => person.unaccompaniedMinor)
        : null,
    };
    return this.evaluate(transaction, `household:${householdId}`, facts, 'household', { asOf, householdId });
  }

  /** The daily check: this week's waiting snapshot, the national triggers, and every household. */
  async daily(asOf: string): Promise<CheckSummary> {
    const waiting = (await this.people.waiting()).filter((person) => person.permitDate <= asOf);
    const week = weekStartOf(asOf);
    const all = waitingFigures(waiting, asOf);
    const minors = waitingFigures(
      waiting.filter((person) => person.unaccompaniedMinor),
      asOf,
    );
    await this.facts.recordSnapshot(week, 'all', all.waiting, all.beyondTarget);
    await this.facts.recordSnapshot(week, 'unaccompanied-minors', minors.waiting, minors.beyondTarget);
    const summary: CheckSummary = { asOf, households: 0, raised: 0, resolved: 0 };
    const add = (result: { raised: number; resolved: number }) => {
      summary.raised += result.raised;
      summary.resolved += result.resolved;
    };
    add(
      await this.dataSource.transaction((transaction) =>
        this.checkNational(transaction, Number(asOf.slice(0, 4))),
      ),
    );
    for (const householdId of await this.facts.householdsToCheck()) {
      summary.households += 1;
      add(
        await this.dataSource.transaction((transaction) =>
          this.checkHousehold(transaction, householdId, asOf),
        ),
      );
    }
    return summary;
  }

  private async evaluate(
    transaction: EntityManager,
    subject: string,
    facts: FactValues,
    scope: 'national' | 'household',
    context: Record<string, unknown>,
  ): Promise<{ raised: number; resolved: number }> {
    const { raised, resolved } = await this.escalations.decide(
      transaction,
      SETTLEMENT_ESCALATIONS,
      facts,
      { [scope]: subject },
      context,
    );
    return { raised: raised.length, resolved: resolved.length };
  }
}
