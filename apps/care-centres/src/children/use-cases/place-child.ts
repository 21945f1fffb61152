import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ChildPlaced } from '#contracts';
import { ConflictError, NotYetProcessableError } from '#domain';

import { CentresRepository } from '../../centres/centres.repository.js';
import { CareEscalations, type CareEvaluations } from '../../escalations/care-escalations.js';
import { ChildrenRepository } from '../children.repository.js';
import { PlacementsRepository } from '../placements.repository.js';

/**
 * A child is placed at a care centre. A child not seen before is taken into care; a child placed elsewhere
 * moves (the earlier placement ends the same day); placing a child where it already is changes nothing.
 */
@Injectable()
export class PlaceChild {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
    @Inject(PlacementsRepository) private readonly placements: PlacementsRepository,
    @Inject(CareEscalations) private readonly escalations: CareEvaluations,
  ) {}

  async execute(transaction: EntityManager, placement: ChildPlaced): Promise<void> {
    const { personId, centreId, date } = placement;
    if (!(await this.centres.exists(transaction, centreId)))
      throw new NotYetProcessableError(`care centre "${centreId}" is not registered`, 'centreId');
    const child = await this.children.child(transaction, personId);
    if (child?.leftCareOn) throw new ConflictError(`the child left care on ${child.leftCareOn}`, 'personId');
    if (child?.centreId === centreId) return;
    await this.children.takeIntoCare(transaction, personId, null, null);
    const previous = await this.placements.end(transaction, personId, date);
    await this.placements.place(transaction, personId, centreId, date);
    if (previous) await this.escalations.afterChangeAt(transaction, previous);
    await this.escalations.afterChangeAt(transaction, centreId);
  }
}
