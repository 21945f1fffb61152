import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Centre } from '../../centres/centre.js';
import { CentresRepository } from '../../centres/centres.repository.js';
import { StaysRepository } from '../../residents/stays.repository.js';
import { type OccupancyFigures, occupancyFigures, sumOfFigures } from '../occupancy-figures.js';

export interface CentreOccupancy extends Omit<Centre, 'placesInUse'>, OccupancyFigures {}

export interface Occupancy {
  national: OccupancyFigures;
  centres: CentreOccupancy[];
}

/** Residents, places and occupancy of every centre and of the country, as they stand in the caller's transaction. */
@Injectable()
export class MeasureOccupancy {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(StaysRepository) private readonly stays: StaysRepository,
  ) {}

  async execute(transaction: EntityManager): Promise<Occupancy> {
    const centres = await this.centres.list(transaction);
    const residentsPerCentre = await this.stays.residentsPerCentre(transaction);
    const perCentre = centres.map(({ placesInUse, ...centre }) => ({
      ...centre,
      ...occupancyFigures(residentsPerCentre.get(centre.centreId) ?? 0, placesInUse),
    }));
    return { national: sumOfFigures(perCentre), centres: perCentre };
  }
}
