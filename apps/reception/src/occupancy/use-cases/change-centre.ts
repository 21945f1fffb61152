import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RejectedError } from '#domain';
import type { CapacityChanged, StatusChanged } from '#contracts';

import { ReassessEscalations, type PlacesChange } from '../../escalations/reassess-escalations.js';
import { OccupancyRepository } from '../occupancy.repository.js';

/** Changes a registered centre's places or status (planned, operating, scaling down, closing, closed). */
@Injectable()
export class ChangeCentre {
  constructor(
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(ReassessEscalations) private readonly escalations: ReassessEscalations,
  ) {}

  async capacity(transaction: EntityManager, change: CapacityChanged): Promise<void> {
    const placesChange = await this.placesBefore(transaction, change.centreId);
    await this.occupancy.changeCapacity(
      transaction,
      change.centreId,
      change.fixedPlaces,
      change.flexiblePlaces,
    );
    await this.escalations.afterChangeAt(transaction, change.centreId, change.effectiveOn, placesChange);
  }

  async status(transaction: EntityManager, change: StatusChanged): Promise<void> {
    const placesChange = await this.placesBefore(transaction, change.centreId);
    await this.occupancy.changeStatus(
      transaction,
      change.centreId,
      change.status,
      change.effectiveOn,
      change.noticeMonths ?? null,
    );
    await this.escalations.afterChangeAt(transaction, change.centreId, change.effectiveOn, placesChange);
  }

  private async placesBefore(transaction: EntityManager, centreId: string): Promise<PlacesChange> {
    const municipalityNumber = await this.occupancy.hostMunicipalityOf(transaction, centreId);
    if (!municipalityNumber) throw new RejectedError(`centre "${centreId}" is not registered`);
    return {
      municipalityNumber,
      placesBefore: await this.occupancy.hostMunicipalityPlaces(transaction, municipalityNumber),
    };
  }
}
