import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EscalationDecider, type FactValues } from '#rules';
import { CareRepository, type CareFigures } from '../care/care.repository.js';

export const CARE_ESCALATIONS = 'care-centres-escalations';
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
    @Inject(EscalationDecider) private readonly escalations: EscalationDecider,
    @Inject(CareRepository) private readonly care: CareRepository,
  ) {}

  async afterChangeAt(transaction: EntityManager, centreId: string): Promise<void> {
    await this.escalations.lock(transaction, 'care:national');
    const centre = await this.care.centreFigures(transaction, centreId);
    await this.evaluate(
      transaction,
      {
        ...(await this.nationalFacts(transaction)),
        centreChildren: centre.children,
        centrePlaces: centre.places,
        childDaysPastTarget: null,
      },
      { national: 'national', centre: `centre:${centreId}` },
      { centreId },
    );
  }

  /** The national triggers only (the checks use it once the week's figure is taken). */
  async national(transaction: EntityManager): Promise<void> {
    await this.escalations.lock(transaction, 'care:national');
    await this.evaluate(
      transaction,
      {
        ...(await this.nationalFacts(transaction)),
        centreChildren: null,
        centrePlaces: null,
        childDaysPastTarget: null,
      },
      { national: 'national' },
      {},
    );
  }

  async forChild(transaction: EntityManager, personId: string, asOf: string): Promise<void> {
    await this.escalations.lock(transaction, `care:child:${personId}`);
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
      { child: `child:${personId}` },
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
    subjectByScope: Record<string, string>,
    context: Record<string, unknown>,
  ): Promise<void> {
    await this.escalations.decide(transaction, CARE_ESCALATIONS, facts, subjectByScope, context);
  }
}
