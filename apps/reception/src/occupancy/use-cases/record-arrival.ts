import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CENTRE_STATUSES_IN_USE, type ArrivalRegistered } from '#contracts';
import { NotYetProcessableError, PermanentEventError } from '#messaging';
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
    const status = await this.occupancy.centreStatus(transaction, arrival.centreId);
    if (!status) throw new PermanentEventError(`centre "${arrival.centreId}" is not registered`);
    if (!CENTRE_STATUSES_IN_USE.includes(status)) {
      throw new PermanentEventError(`centre "${arrival.centreId}" is ${status}: nobody can arrive there`);
    }
    const current = await this.occupancy.openStayOf(transaction, arrival.personId);
    if (current) {
      if (current.centreId === arrival.centreId) {
        // The same arrival reported again under a new event id: already counted.
        this.logger.debug(`Arrival at ${arrival.centreId} already recorded; ignored`);
        return;
      }
      // The departure from the other centre travels on that centre's partition and may simply not be here yet.
      throw new NotYetProcessableError(
        `the person still lives at centre "${current.centreId}"; a departure (or transfer) from there must come first`,
      );
    }
    await this.occupancy.openStay(transaction, arrival.personId, arrival.centreId, arrival.date);
    await this.escalations.afterChangeAt(transaction, arrival.centreId);
  }
}
