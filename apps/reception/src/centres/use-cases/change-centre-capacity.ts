import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CapacityChanged } from '#contracts';

import { CentresRepository } from '../centres.repository.js';
import { ChangeRegisteredCentre } from './change-registered-centre.js';

/** A registered centre's fixed and flexible places change from a day on. */
@Injectable()
export class ChangeCentreCapacity {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(ChangeRegisteredCentre) private readonly changeCentre: Pick<ChangeRegisteredCentre, 'execute'>,
  ) {}

  execute(transaction: EntityManager, change: CapacityChanged): Promise<void> {
    return this.changeCentre.execute(transaction, change.centreId, change.effectiveOn, () =>
      this.centres.changePlaces(transaction, change.centreId, change.fixedPlaces, change.flexiblePlaces),
    );
  }
}
