import { Inject, Injectable } from '@nestjs/common';
import { Transactions } from '#persistence';
import type { Centre } from '../../centres/centre.js';
import { CentresRepository } from '../../centres/centres.repository.js';
import { StaysRepository } from '../../residents/stays.repository.js';
import { occupancyFigures, type OccupancyFigures } from '../occupancy-figures.js';

export interface CentreOccupancy extends Omit<Centre, 'placesInUse'>, OccupancyFigures {}

export interface Occupancy {
  national: OccupancyFigures;
  centres: CentreOccupancy[];
}

/** Residents, places and occupancy of every centre, and of all of them together. */
@Injectable()
export class GetOccupancy {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(StaysRepository) private readonly stays: StaysRepository,
  ) {}

  async execute(): Promise<Occupancy> {
    const [centres, residentsPerCentre] = await this.transactions.run(async (transaction) => [
      await this.centres.list(transaction),
      await this.stays.residentsPerCentre(transaction),
    ]);
    const perCentre = centres.map(({ placesInUse, ...centre }) => ({
      ...centre,
      ...occupancyFigures(residentsPerCentre.get(centre.centreId) ?? 0, placesInUse),
    }));
    const sum = (figure: 'residents' | 'capacity') =>
      perCentre.reduce((total, centre) => total + centre[figure], 0);
    return { national: occupancyFigures(sum('residents'), sum('capacity')), centres: perCentre };
  }
}
