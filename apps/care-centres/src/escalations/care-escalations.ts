import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActiveRuleSets, decisionRecordOf, EscalationBook, type FactValues } from '#rules';
import { CareRepository, type CareFigures } from '../care/care.repository.js';

export const CARE_ESCALATIONS = 'care-centres-escalations';
export const CARE_ESCALATION_BOOK = Symbol('CARE_ESCALATION_BOOK');
const THREE_MONTHS = 3;

/** Days a child with a permit is past 3 months from it (0 or less: within the target). */
export function daysPastTarget(permitDate: string, asOf: string): number {
  const [year, month, day] = permitDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + THREE_MONTHS, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return Math.round((Date.parse(asOf) - target.getTime()) / 86400000);
}

/**
 * Evaluates the care-centre rules after a change at a centre, for one child, or for the national figures alone,
 * in the caller's transaction, and raises or resolves escalations (national, per centre, per child).
 */
@Injectable()
export class CareEscalations {
  constructor(
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(CARE_ESCALATION_BOOK) private readonly book: EscalationBook,
    @Inject(CareRepository) private readonly care: CareRepository,
  ) {}

  async afterChangeAt(transaction: EntityManager, centreId: string): Promise<void> {
    await this.book.lock(transaction, 'care:national');
    const centre = await this.care.centreFigures(transaction, centreId);
    await this.evaluate(
      transaction,
      {
        ...(await this.nationalFacts(transaction)),
        centreChildren: centre.children,
        centrePlaces: centre.places,
        childDaysPastTarget: null,
      },
      (scope) => (scope === 'national' ? 'national' : scope === 'centre' ? `centre:${centreId}` : undefined),
      ['national', `centre:${centreId}`],
      { centreId },
    );
  }

  /** The national triggers only (the checks use it once the week's figure is taken). */
  async national(transaction: EntityManager): Promise<void> {
    await this.book.lock(transaction, 'care:national');
    await this.evaluate(
      transaction,
      {
        ...(await this.nationalFacts(transaction)),
        centreChildren: null,
        centrePlaces: null,
        childDaysPastTarget: null,
      },
      (scope) => (scope === 'national' ? 'national' : undefined),
      ['national'],
      {},
    );
  }

  async forChild(transaction: EntityManager, personId: string, asOf: string): Promise<void> {
    await this.book.lock(transaction, `care:child:${personId}`);
    const child = await this.care.child(personId, transaction);
    const waiting =
      child && !child.leftCareOn && child.permitDate ? daysPastTarget(child.permitDate, asOf) : null;
    await this.evaluate(
      transaction,
      {
        ...(await this.nationalFacts(transaction)),
        centreChildren: null,
        centrePlaces: null,
        childDaysPastTarget: waiting,
      },
      (scope) => (scope === 'child' ? `child:${personId}` : undefined),
      [`child:${personId}`],
      { personId, asOf },
    );
  }

  private async nationalFacts(transaction: EntityManager): Promise<FactValues> {
    const national: CareFigures = await this.care.nationalFigures(transaction);
    return {
      nationalChildren: national.children,
      nationalPlaces: national.places,
      nationalOccupancyPercent: national.occupancyPercent,
      childrenBeyondTargetPerWeek: await this.care.beyondTargetPerWeek(transaction),
    };
  }

  private async evaluate(
    transaction: EntityManager,
    facts: FactValues,
    subjectOf: (scope: string) => string | undefined,
    subjects: string[],
    context: Record<string, unknown>,
  ): Promise<void> {
    const ruleSet = this.ruleSets.current(CARE_ESCALATIONS);
    const outcomes = await ruleSet.evaluate(facts);
    const decision = decisionRecordOf(ruleSet, subjects.join(','), facts, outcomes, context);
    await this.book.apply(
      transaction,
      ruleSet,
      decision,
      outcomes,
      (outcome) => subjectOf(String(outcome.params.scope)),
      subjects,
    );
  }
}
