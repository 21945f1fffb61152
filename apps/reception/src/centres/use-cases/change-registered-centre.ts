import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { NotFoundError } from '#domain';

import { FollowUpChangeAtCentre } from '../../follow-up/use-cases/follow-up-change-at-centre.js';
import { CentresRepository } from '../centres.repository.js';

/**
 * What every change of a registered centre's places or status shares: the centre must be registered, the
 * places at its host municipality are counted before the change, and the change is followed up from its day.
 */
@Injectable()
export class ChangeRegisteredCentre {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(FollowUpChangeAtCentre) private readonly followUp: Pick<FollowUpChangeAtCentre, 'execute'>,
  ) {}

  async execute(
    transaction: EntityManager,
    centreId: string,
    effectiveOn: string,
    change: () => Promise<void>,
  ): Promise<void> {
    const centre = await this.centres.find(transaction, centreId);
    if (!centre) throw new NotFoundError(`centre "${centreId}" is not registered`, 'centreId');
    const municipalityNumber = centre.hostMunicipalityNumber;
    const placesBefore = await this.centres.placesInUse(transaction, municipalityNumber);
    await change();
    await this.followUp.execute(transaction, {
      centreId,
      day: effectiveOn,
      placesChange: { municipalityNumber, placesBefore },
    });
  }
}
