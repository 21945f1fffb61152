import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  type ArrivalRegistered,
  CareCentreEventTypes,
  type CentreType,
  type MinorHandedOver,
} from '#contracts';
import { ConflictError, NotFoundError, NotYetProcessableError, RejectedError } from '#domain';
import { Outbox } from '#messaging';
import type { EventPublisher } from '#rules';

import { isInUse } from '../../centres/centre.js';
import { CentresRepository } from '../../centres/centres.repository.js';
import { FollowUpChangeAtCentre } from '../../follow-up/use-cases/follow-up-change-at-centre.js';
import { StaysRepository } from '../stays.repository.js';

/** Where an unaccompanied minor aged 15–18 can live: EM centres, and the first stops on arrival. */
const CENTRES_FOR_MINORS_15_18: readonly CentreType[] = [
  'unaccompanied-minors-15-18',
  'arrival-centre',
  'transit',
];

/**
 * A person arrives at a centre and begins a stay there. An unaccompanied minor under 15 is handed over to
 * Bufdir's care centres instead; one aged 15–18 may only live at an EM, arrival or transit centre.
 */
@Injectable()
export class RecordArrival {
  private readonly logger = new Logger(RecordArrival.name);

  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(StaysRepository) private readonly stays: StaysRepository,
    @Inject(FollowUpChangeAtCentre) private readonly followUp: Pick<FollowUpChangeAtCentre, 'execute'>,
    @Inject(Outbox) private readonly events: EventPublisher,
  ) {}

  async execute(transaction: EntityManager, arrival: ArrivalRegistered): Promise<void> {
    const centre = await this.centres.find(transaction, arrival.centreId);
    if (!centre) throw new NotFoundError(`centre "${arrival.centreId}" is not registered`, 'centreId');
    if (!isInUse(centre.status)) {
      throw new ConflictError(
        `centre "${arrival.centreId}" is ${centre.status}: nobody can arrive there`,
        'centreId',
      );
    }
    if (arrival.unaccompaniedMinor === 'under-15') return this.handOverToCareCentres(transaction, arrival);
    if (arrival.unaccompaniedMinor === '15-18' && !CENTRES_FOR_MINORS_15_18.includes(centre.type)) {
      throw new RejectedError(
        `unaccompanied minors aged 15–18 live in EM centres, not in a centre of type ${centre.type}`,
        'centreId',
      );
    }
    const current = await this.stays.openStayOf(transaction, arrival.personId);
    if (current) {
      if (current.centreId === arrival.centreId) {
        // The same arrival reported again under a new event id: already counted.
        this.logger.debug(`Arrival at ${arrival.centreId} already recorded; ignored`);
        return;
      }
      // The departure from the other centre travels on that centre's partition and may simply not be here yet.
      throw new NotYetProcessableError(
        `the person still lives at centre "${current.centreId}"; a departure (or transfer) from there must come first`,
        'personId',
      );
    }
    await this.stays.open(transaction, arrival.personId, arrival.centreId, arrival.date);
    await this.followUp.execute(transaction, { centreId: arrival.centreId, day: arrival.date });
  }

  /** Children under 15 are cared for by Bufdir, not in reception. */
  private async handOverToCareCentres(transaction: EntityManager, arrival: ArrivalRegistered): Promise<void> {
    const handover: MinorHandedOver = {
      personId: arrival.personId,
      arrivedOn: arrival.date,
      receptionCentreId: arrival.centreId,
    };
    await this.events.publish(transaction, CareCentreEventTypes.minorHandedOver, handover);
  }
}
