import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CentreRegistered } from '#contracts';
import { municipalityOf, RejectedError } from '#domain';

import { FollowUpChangeAtCentre } from '../../follow-up/use-cases/follow-up-change-at-centre.js';
import { CentresRepository } from '../centres.repository.js';

/** Registers a centre, or updates its type and places when it is registered again. */
@Injectable()
export class RegisterCentre {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(FollowUpChangeAtCentre) private readonly followUp: Pick<FollowUpChangeAtCentre, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, centre: CentreRegistered): Promise<void> {
    const municipalityNumber = centre.hostMunicipalityNumber;
    requireKnownMunicipality(municipalityNumber);
    const placesBefore = await this.centres.placesInUse(transaction, municipalityNumber);
    await this.centres.upsert(transaction, centre);
    // A registration has no date: it is not kept as a day, and counts from the next dated change on.
    await this.followUp.execute(transaction, {
      centreId: centre.centreId,
      placesChange: { municipalityNumber, placesBefore },
    });
  }
}

/** A centre in a municipality the register does not know never counts toward capacity: the event is refused. */
function requireKnownMunicipality(municipalityNumber: string): void {
  if (!municipalityOf(municipalityNumber)) {
    throw new RejectedError(
      `host municipality "${municipalityNumber}" is not in the municipality register`,
      'hostMunicipalityNumber',
    );
  }
}
