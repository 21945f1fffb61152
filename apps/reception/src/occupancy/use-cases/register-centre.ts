import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CentreRegistered } from '#contracts';
import { ReassessEscalations } from '../../escalations/reassess-escalations.js';
import { OccupancyRepository } from '../occupancy.repository.js';

/** Registers a centre, or updates its type and places when it is registered again. */
@Injectable()
export class RegisterCentre {
  constructor(
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(ReassessEscalations) private readonly escalations: ReassessEscalations,
  ) {}

  async execute(transaction: EntityManager, centre: CentreRegistered): Promise<void> {
    const municipalityNumber = centre.hostMunicipalityNumber;
    const placesBefore = await this.occupancy.hostMunicipalityPlaces(transaction, municipalityNumber);
    await this.occupancy.upsertCentre(transaction, centre);
    await this.escalations.afterChangeAt(transaction, centre.centreId, undefined, {
      municipalityNumber,
      placesBefore,
    });
  }
}
