import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { CareEscalations, type CareEvaluations } from '../escalations/care-escalations.js';
import { ChildrenRepository } from './children.repository.js';
import { PlacementsRepository } from './placements.repository.js';

/**
 * How a child leaves Bufdir's care, whatever the reason (left, or settled by the settlement service): the
 * placement ends, the place is free again, and the centre and the child are evaluated again.
 */
@Injectable()
export class LeaveCare {
  constructor(
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
    @Inject(PlacementsRepository) private readonly placements: PlacementsRepository,
    @Inject(CareEscalations) private readonly escalations: CareEvaluations,
  ) {}

  async record(transaction: EntityManager, personId: string, on: string, reason: string): Promise<void> {
    const centreId = await this.placements.end(transaction, personId, on);
    await this.children.leaveCare(transaction, personId, on, reason);
    if (centreId) await this.escalations.afterChangeAt(transaction, centreId);
    await this.escalations.forChild(transaction, personId, on);
  }
}
