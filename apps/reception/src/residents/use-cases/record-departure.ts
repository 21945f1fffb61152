import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { DepartureRegistered } from '#contracts';

import { FollowUpChangeAtCentre } from '../../follow-up/use-cases/follow-up-change-at-centre.js';
import { stayAt } from '../stay-at.js';
import { StaysRepository } from '../stays.repository.js';

/** A resident leaves reception (returned, private housing, settled, …): the stay ends, the place is free. */
@Injectable()
export class RecordDeparture {
  constructor(
    @Inject(StaysRepository) private readonly stays: StaysRepository,
    @Inject(FollowUpChangeAtCentre) private readonly followUp: Pick<FollowUpChangeAtCentre, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, departure: DepartureRegistered): Promise<void> {
    await stayAt(this.stays, transaction, departure.personId, departure.centreId, {
      name: 'departure',
      value: departure.date,
    });
    await this.stays.close(transaction, departure.personId, departure.date, departure.reason ?? null);
    await this.followUp.execute(transaction, { centreId: departure.centreId, day: departure.date });
  }
}
