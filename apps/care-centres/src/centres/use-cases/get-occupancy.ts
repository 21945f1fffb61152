import { Inject, Injectable } from '@nestjs/common';

import { Transactions } from '#persistence';

import { ChildrenRepository } from '../../children/children.repository.js';
import { type CareFigures, type CentreOccupancy, Occupancy } from '../occupancy.js';

export interface OccupancyReport {
  national: CareFigures & { awaitingPlacement: number };
  centres: CentreOccupancy[];
}

/** Children placed, places and occupancy nationally and per centre, and the children still awaiting a place. */
@Injectable()
export class GetOccupancy {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(Occupancy) private readonly occupancy: Occupancy,
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
  ) {}

  execute(): Promise<OccupancyReport> {
    return this.transactions.run(async (transaction) => {
      const national = await this.occupancy.national(transaction);
      const centres = await this.occupancy.perCentre(transaction);
      const awaitingPlacement = await this.children.awaitingPlacement(transaction);
      return { national: { ...national, awaitingPlacement }, centres };
    });
  }
}
