import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { EscalationDecider, type SubjectEvaluation } from '#rules';

import { RECEPTION_ESCALATIONS } from '../../reception-rule-sets.js';

/**
 * Raises and resolves the escalations of the subjects each evaluation names (the country, a county, a centre)
 * with the reception rule set in force, all in the caller's transaction and booked together; each evaluation's
 * `effects` acts on its other outcomes.
 */
@Injectable()
export class EvaluateEscalations {
  constructor(@Inject(EscalationDecider) private readonly decider: Pick<EscalationDecider, 'decideAll'>) {}

  async execute(transaction: EntityManager, evaluations: SubjectEvaluation[]): Promise<void> {
    await this.decider.decideAll(transaction, RECEPTION_ESCALATIONS, evaluations);
  }
}
