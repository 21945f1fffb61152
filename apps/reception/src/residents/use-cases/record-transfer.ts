import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { TransferRegistered } from '#contracts';
import { ConflictError, NotYetProcessableError, RejectedError } from '#domain';

import { isInUse } from '../../centres/centre.js';
import { CentresRepository } from '../../centres/centres.repository.js';
import { FollowUpChangeAtCentre } from '../../follow-up/use-cases/follow-up-change-at-centre.js';
import { stayAt } from '../stay-at.js';
import { StaysRepository } from '../stays.repository.js';

/** Moves a resident from one centre to another: one stay ends, the next begins the same day. */
@Injectable()
export class RecordTransfer {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(StaysRepository) private readonly stays: StaysRepository,
    @Inject(FollowUpChangeAtCentre) private readonly followUp: Pick<FollowUpChangeAtCentre, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, transfer: TransferRegistered): Promise<void> {
    if (transfer.fromCentreId === transfer.toCentreId)
      throw new RejectedError('a transfer must be to another centre', 'toCentreId');
    const destination = await this.centres.find(transaction, transfer.toCentreId);
    // The receiving centre's registration travels on its own partition and may not be here yet.
    if (!destination)
      throw new NotYetProcessableError(`centre "${transfer.toCentreId}" is not registered`, 'toCentreId');
    if (!isInUse(destination.status))
      throw new ConflictError(`centre "${transfer.toCentreId}" is ${destination.status}`, 'toCentreId');
    await stayAt(this.stays, transaction, transfer.personId, transfer.fromCentreId, {
      name: 'transfer',
      value: transfer.date,
    });
    await this.stays.close(transaction, transfer.personId, transfer.date, 'transferred');
    await this.stays.open(transaction, transfer.personId, transfer.toCentreId, transfer.date);
    await this.followUp.execute(transaction, [
      { centreId: transfer.fromCentreId, day: transfer.date, residentsChange: -1 },
      { centreId: transfer.toCentreId, day: transfer.date, residentsChange: 1 },
    ]);
  }
}
