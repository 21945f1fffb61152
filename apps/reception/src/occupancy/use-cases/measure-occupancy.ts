import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { countyOf } from '../../centres/centre.js';
import { CentresRepository } from '../../centres/centres.repository.js';
import { StaysRepository } from '../../residents/stays.repository.js';
import { occupancyFigures, type OccupancyFigures } from '../occupancy-figures.js';

/** Occupancy as it stands now: of the country, of a centre's county, and of the centre. */
export interface OccupancyAtCentre {
  centreId: string;
  /** '00' when the centre is not registered. */
  countyNumber: string;
  national: OccupancyFigures;
  county: OccupancyFigures;
  centre: OccupancyFigures;
}

/** Measures national, county and centre occupancy around a centre, in the caller's transaction. */
@Injectable()
export class MeasureOccupancy {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(StaysRepository) private readonly stays: StaysRepository,
  ) {}

  async execute(transaction: EntityManager, centreId: string): Promise<OccupancyAtCentre> {
    const centre = await this.centres.find(transaction, centreId);
    const countyNumber = centre ? countyOf(centre.hostMunicipalityNumber) : '00';
    const centresInCounty = await this.centres.idsInCounty(transaction, countyNumber);
    return {
      centreId,
      countyNumber,
      national: occupancyFigures(
        await this.stays.residents(transaction),
        await this.centres.placesInUse(transaction),
      ),
      county: occupancyFigures(
        await this.stays.residents(transaction, centresInCounty),
        await this.centres.placesInUse(transaction, { countyNumber }),
      ),
      centre: occupancyFigures(await this.stays.residents(transaction, [centreId]), centre?.placesInUse ?? 0),
    };
  }
}
