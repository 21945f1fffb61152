import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { StatusChanged } from '#contracts';

import { CentresRepository } from '../centres.repository.js';
import { ChangeRegisteredCentre } from './change-registered-centre.js';

/** A registered centre is planned, operating, scaling down, closing or closed from a day on. */
@Injectable()
export class ChangeCentreStatus {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(ChangeRegisteredCentre) private readonly changeCentre: Pick<ChangeRegisteredCentre, 'execute'>,
  ) {}

  execute(transaction: EntityManager, change: StatusChanged): Promise<void> {
    return this.changeCentre.execute(transaction, change.centreId, change.effectiveOn, () =>
      this.centres.changeStatus(
        transaction,
        change.centreId,
        change.status,
        change.effectiveOn,
        change.noticeMonths ?? null,
      ),
    );
  }
}
