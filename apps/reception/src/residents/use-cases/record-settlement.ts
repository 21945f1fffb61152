import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { PersonSettled } from '#contracts';

import { FollowUpChangeAtCentre } from '../../follow-up/use-cases/follow-up-change-at-centre.js';
import { StaysRepository } from '../stays.repository.js';

/** A resident settled in a municipality leaves reception: the place is free again. */
@Injectable()
export class RecordSettlement {
  constructor(
    @Inject(StaysRepository) private readonly stays: StaysRepository,
    @Inject(FollowUpChangeAtCentre) private readonly followUp: Pick<FollowUpChangeAtCentre, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, settled: PersonSettled): Promise<void> {
    const stay = await this.stays.openStayOf(transaction, settled.personId);
    // People settled from elsewhere (a care centre, private housing) were never in reception: nothing to free.
    if (!stay) return;
    const leftOn = settled.settledOn < stay.arrivedOn ? stay.arrivedOn : settled.settledOn;
    await this.stays.close(transaction, settled.personId, leftOn, 'settled');
    await this.followUp.execute(transaction, { centreId: stay.centreId, day: leftOn, residentsChange: -1 });
  }
}
