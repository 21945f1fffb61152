import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { PersonSettled } from '#contracts';

import { ChildrenRepository } from '../children.repository.js';
import { LeaveCare } from '../leave-care.js';

/** From the settlement service: a child settled leaves care and the place is free again; other people are not ours. */
@Injectable()
export class RecordSettlement {
  constructor(
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
    @Inject(LeaveCare) private readonly leaveCare: LeaveCare,
  ) {}

  async execute(transaction: EntityManager, settled: PersonSettled): Promise<void> {
    const child = await this.children.child(transaction, settled.personId);
    if (!child || child.leftCareOn) return;
    await this.leaveCare.record(transaction, settled.personId, settled.settledOn, 'settled');
  }
}
