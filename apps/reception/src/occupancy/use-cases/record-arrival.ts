import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ArrivalRegistered } from '#contracts';
import { PermanentEventError } from '#messaging';
import { ReassessEscalations } from '../../escalations/reassess-escalations.js';
import { OccupancyRepository } from '../occupancy.repository.js';

@Injectable()
export class RecordArrival {
  private readonly logger = new Logger(RecordArrival.name);

  constructor(
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(ReassessEscalations) private readonly escalations: ReassessEscalations,
  ) {}

  async execute(transaction: EntityManager, arrival: ArrivalRegistered): Promise<void> {
    if (!(await this.occupancy.centreExists(transaction, arrival.centreId))) {
      throw new PermanentEventError(`centre "${arrival.centreId}" is not registered`);
    }
    const current = await this.occupancy.openStayOf(transaction, arrival.personId);
    if (current) {
      if (current.centreId === arrival.centreId) {
        // The same arrival reported again under a new event id: already counted.
        this.logger.debug(`Arrival at ${arrival.centreId} already recorded; ignored`);
        return;
      }
      throw new PermanentEventError(
        `the person already lives at centre "${current.centreId}"; register a departure (or transfer) first`,
      );
    }
    await this.occupancy.openStay(transaction, arrival.personId, arrival.centreId, arrival.date);
    await this.escalations.afterChangeAt(transaction, arrival.centreId);
  }
}
