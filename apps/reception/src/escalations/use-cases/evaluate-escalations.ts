import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type DecideOptions, EscalationDecider, type FactsFor } from '#rules';

import type { OccupancyAtCentre } from '../../occupancy/occupancy-at-centre.js';
import { RECEPTION_ESCALATIONS } from '../../reception-rule-sets.js';

/**
 * Raises and resolves the escalations of the country, the centre's county and the centre with the reception
 * rule set in force, in the caller's transaction; `effects` acts on the other outcomes of the same evaluation.
 */
@Injectable()
export class EvaluateEscalations {
  constructor(@Inject(EscalationDecider) private readonly decider: Pick<EscalationDecider, 'decide'>) {}

  async execute(
    transaction: EntityManager,
    occupancy: OccupancyAtCentre,
    facts: FactsFor,
    options: DecideOptions = {},
  ): Promise<void> {
    await this.decider.decide(
      transaction,
      RECEPTION_ESCALATIONS,
      facts,
      {
        national: 'national',
        county: `county:${occupancy.countyNumber}`,
        centre: `centre:${occupancy.centreId}`,
      },
      { centreId: occupancy.centreId },
      options,
    );
  }
}
