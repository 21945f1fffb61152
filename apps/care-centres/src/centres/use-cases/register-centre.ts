import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CareCentreRegistered } from '#contracts';
import { municipalityOf, RejectedError } from '#domain';

import { CareEscalations, type CareEvaluations } from '../../escalations/care-escalations.js';
import { CentresRepository } from '../centres.repository.js';

/** A care centre is registered, or its places change: occupancy there and nationally is evaluated again. */
@Injectable()
export class RegisterCentre {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(CareEscalations) private readonly escalations: CareEvaluations,
  ) {}

  async execute(transaction: EntityManager, centre: CareCentreRegistered): Promise<void> {
    if (!municipalityOf(centre.hostMunicipalityNumber)) {
      throw new RejectedError(
        `host municipality "${centre.hostMunicipalityNumber}" is not in the municipality register`,
        'hostMunicipalityNumber',
      );
    }
    await this.centres.register(transaction, centre);
    await this.escalations.afterChangeAt(transaction, centre.centreId);
  }
}
