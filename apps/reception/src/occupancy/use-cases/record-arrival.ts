import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotYetProcessableError, RejectedError } from '#domain';
import {
  CareCentreEventTypes,
  CENTRE_STATUSES_IN_USE,
  type ArrivalRegistered,
  type CentreType,
  type MinorHandedOver,
} from '#contracts';

/** Where an unaccompanied minor aged 15–18 can live: EM centres, and the first stops on arrival. */
const CENTRES_FOR_MINORS_15_18: CentreType[] = ['unaccompanied-minors-15-18', 'arrival-centre', 'transit'];
import { Outbox } from '#messaging';
import { ReassessEscalations } from '../../escalations/reassess-escalations.js';
import { OccupancyRepository } from '../occupancy.repository.js';

@Injectable()
export class RecordArrival {
  private readonly logger = new Logger(RecordArrival.name);

  constructor(
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(ReassessEscalations) private readonly escalations: ReassessEscalations,
    @Inject(Outbox) private readonly outbox: Outbox,
  ) {}

  async execute(transaction: EntityManager, arrival: ArrivalRegistered): Promise<void> {
    const status = await this.occupancy.centreStatus(transaction, arrival.centreId);
    if (!status) throw new RejectedError(`centre "${arrival.centreId}" is not registered`);
    if (!CENTRE_STATUSES_IN_USE.includes(status)) {
      throw new RejectedError(`centre "${arrival.centreId}" is ${status}: nobody can arrive there`);
    }
    if (arrival.unaccompaniedMinor === 'under-15') {
      // Children under 15 are cared for by Bufdir, not in reception: hand the child over.
      const handover: MinorHandedOver = {
        personId: arrival.personId,
        arrivedOn: arrival.date,
        receptionCentreId: arrival.centreId,
      };
      await this.outbox.publish(transaction, CareCentreEventTypes.minorHandedOver, handover);
      return;
    }
    if (arrival.unaccompaniedMinor === '15-18') {
      const type = await this.occupancy.centreTypeOf(transaction, arrival.centreId);
      if (type && !CENTRES_FOR_MINORS_15_18.includes(type)) {
        throw new RejectedError(
          `unaccompanied minors aged 15–18 live in EM centres, not in a centre of type ${type}`,
        );
      }
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
    await this.escalations.afterChangeAt(transaction, arrival.centreId, arrival.date);
  }
}
