import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ChildLeft } from '#contracts';

import { ChildrenRepository } from '../children.repository.js';
import { LeaveCare } from '../leave-care.js';
import { placedChild } from '../placed-child.js';

/** Bufdir records that a child left care (reunited with family, moved abroad, …) from the centre it lived at. */
@Injectable()
export class RecordChildLeft {
  constructor(
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
    @Inject(LeaveCare) private readonly leaveCare: LeaveCare,
  ) {}

  async execute(transaction: EntityManager, left: ChildLeft): Promise<void> {
    placedChild(await this.children.child(transaction, left.personId), left.personId, left.centreId);
    await this.leaveCare.record(transaction, left.personId, left.date, left.reason);
  }
}
