import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CapacityChanged, StatusChanged } from '#contracts';
import { PermanentEventError } from '#messaging';
import { ReassessEscalations } from '../../escalations/reassess-escalations.js';
import { OccupancyRepository } from '../occupancy.repository.js';

/** Changes a registered centre's places or status (planned, operating, scaling down, closing, closed). */
@Injectable()
export class ChangeCentre {
  constructor(
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(ReassessEscalations) private readonly escalations: ReassessEscalations,
  ) {}

  async capacity(transaction: EntityManager, change: CapacityChanged): Promise<void> {
    await this.requireCentre(transaction, change.centreId);
    await this.occupancy.changeCapacity(
      transaction,
      change.centreId,
      change.fixedPlaces,
      change.flexiblePlaces,
    );
    await this.escalations.afterChangeAt(transaction, change.centreId);
  }

  async status(transaction: EntityManager, change: StatusChanged): Promise<void> {
    await this.requireCentre(transaction, change.centreId);
    await this.occupancy.changeStatus(
      transaction,
      change.centreId,
      change.status,
      change.effectiveOn,
      change.noticeMonths ?? null,
    );
    await this.escalations.afterChangeAt(transaction, change.centreId);
  }

  private async requireCentre(transaction: EntityManager, centreId: string): Promise<void> {
    if (!(await this.occupancy.centreStatus(transaction, centreId))) {
      throw new PermanentEventError(`centre "${centreId}" is not registered`);
    }
  }
}
