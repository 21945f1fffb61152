import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RejectedError } from '#domain';
import type { DepartureRegistered } from '#contracts';

import { ReassessEscalations } from '../../escalations/reassess-escalations.js';
import { OccupancyRepository } from '../occupancy.repository.js';

@Injectable()
export class RecordDeparture {
  constructor(
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(ReassessEscalations) private readonly escalations: ReassessEscalations,
  ) {}

  async execute(transaction: EntityManager, departure: DepartureRegistered): Promise<void> {
    const current = await this.occupancy.openStayOf(transaction, departure.personId);
    if (!current || current.centreId !== departure.centreId) {
      throw new RejectedError(`the person does not live at centre "${departure.centreId}"`);
    }
    if (departure.date < current.arrivedOn) {
      throw new RejectedError(
        `departure date ${departure.date} is before the arrival date ${current.arrivedOn}`,
      );
    }
    await this.occupancy.closeStay(transaction, departure.personId, departure.date, departure.reason ?? null);
    await this.escalations.afterChangeAt(transaction, departure.centreId, departure.date);
  }
}
