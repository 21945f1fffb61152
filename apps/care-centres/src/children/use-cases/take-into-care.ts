import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { MinorHandedOver } from '#contracts';

import { ChildrenRepository } from '../children.repository.js';

/** Reception handed over an unaccompanied minor under 15: the child is in Bufdir's care, awaiting a place. */
@Injectable()
export class TakeIntoCare {
  constructor(@Inject(ChildrenRepository) private readonly children: ChildrenRepository) {}

  async execute(transaction: EntityManager, handover: MinorHandedOver): Promise<void> {
    await this.children.takeIntoCare(
      transaction,
      handover.personId,
      handover.arrivedOn,
      handover.receptionCentreId,
    );
  }
}
