import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActiveRuleSets, decisionRecordOf, EscalationBook, type FactValues } from '#rules';
import { OccupancyRepository } from '../occupancy/occupancy.repository.js';
import { RECEPTION_ESCALATIONS, type EscalationRuleParams } from './escalation-rules.js';

export const RECEPTION_ESCALATION_BOOK = Symbol('RECEPTION_ESCALATION_BOOK');

export function subjectOf(scope: EscalationRuleParams['scope'], centreId: string): string {
  return scope === 'national' ? 'national' : `centre:${centreId}`;
}

/**
 * After a change at a centre: evaluates the escalation rules in force on the national and that centre's
 * figures, in the change's own transaction, and raises or resolves escalations accordingly.
 */
@Injectable()
export class ReassessEscalations {
  constructor(
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(RECEPTION_ESCALATION_BOOK) private readonly book: EscalationBook,
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
  ) {}

  async afterChangeAt(transaction: EntityManager, centreId: string): Promise<void> {
    // Every change weighs on the national figures: one evaluation at a time decides on them.
    await this.book.lock(transaction, 'reception:national');
    const national = await this.occupancy.nationalFigures(transaction);
    const centre = await this.occupancy.centreFigures(transaction, centreId);
    const facts: FactValues = {
      nationalResidents: national.residents,
      nationalCapacity: national.capacity,
      nationalOccupancyPercent: national.occupancyPercent,
      centreResidents: centre.residents,
      centreCapacity: centre.capacity,
      centreOccupancyPercent: centre.occupancyPercent,
    };
    const ruleSet = this.ruleSets.current(RECEPTION_ESCALATIONS);
    const outcomes = await ruleSet.evaluate(facts);
    const decision = decisionRecordOf(ruleSet, `centre:${centreId}`, facts, outcomes, { centreId });
    await this.book.apply(
      transaction,
      ruleSet,
      decision,
      outcomes,
      (outcome) => subjectOf((outcome.params as unknown as EscalationRuleParams).scope, centreId),
      ['national', `centre:${centreId}`],
    );
  }
}
