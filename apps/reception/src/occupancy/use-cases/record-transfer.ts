import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotYetProcessableError, RejectedError } from '#domain';
import { CENTRE_STATUSES_IN_USE, type TransferRegistered } from '#contracts';

import { ReassessEscalations } from '../../escalations/reassess-escalations.js';
import { OccupancyRepository } from '../occupancy.repository.js';

/** Moves a resident from one centre to another: one stay ends, the next begins the same day. */
@Injectable()
export class RecordTransfer {
  constructor(
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(ReassessEscalations) private readonly escalations: ReassessEscalations,
  ) {}

  async execute(transaction: EntityManager, transfer: TransferRegistered): Promise<void> {
    if (transfer.fromCentreId === transfer.toCentreId)
      throw new RejectedError('a transfer must be to another centre');
    const status = await this.occupancy.centreStatus(transaction, transfer.toCentreId);
    // The receiving centre's registration travels on its own partition and may not be here yet.
    if (!status) throw new NotYetProcessableError(`centre "${transfer.toCentreId}" is not registered`);
    if (!CENTRE_STATUSES_IN_USE.includes(status))
      throw new RejectedError(`centre "${transfer.toCentreId}" is ${status}`);
    const current = await this.occupancy.openStayOf(transaction, transfer.personId);
    if (!current || current.centreId !== transfer.fromCentreId) {
      throw new RejectedError(`the person does not live at centre "${transfer.fromCentreId}"`);
    }
    if (transfer.date < current.arrivedOn)
      throw new RejectedError('the transfer is dated before the arrival');
    await this.occupancy.closeStay(transaction, transfer.personId, transfer.date, 'transferred');
    await this.occupancy.openStay(transaction, transfer.personId, transfer.toCentreId, transfer.date);
    await this.escalations.afterChangeAt(transaction, transfer.fromCentreId, transfer.date);
    await this.escalations.afterChangeAt(transaction, transfer.toCentreId, transfer.date);
  }
}
