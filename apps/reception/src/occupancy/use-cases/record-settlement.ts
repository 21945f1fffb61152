import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonSettled } from '#contracts';
import { ReassessEscalations } from '../../escalations/reassess-escalations.js';
import { OccupancyRepository } from '../occupancy.repository.js';

/** A resident settled in a municipality leaves reception: the place is free again. */
@Injectable()
export class RecordSettlement {
  constructor(
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(ReassessEscalations) private readonly escalations: ReassessEscalations,
  ) {}

  async execute(transaction: EntityManager, settled: PersonSettled): Promise<void> {
    const stay = await this.occupancy.openStayOf(transaction, settled.personId);
    // People settled from elsewhere (a care centre, private housing) were never in reception: nothing to free.
    if (!stay) return;
    const leftOn = settled.settledOn < stay.arrivedOn ? stay.arrivedOn : settled.settledOn;
    await this.occupancy.closeStay(transaction, settled.personId, leftOn, 'settled');
    await this.escalations.afterChangeAt(transaction, stay.centreId, leftOn);
  }
}
