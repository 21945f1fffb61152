import { Inject, Injectable } from '@nestjs/common';

import { Transactions } from '#persistence';

import { OccupancyDaysRepository } from '../occupancy-days.repository.js';
import { type OccupancyFigures, occupancyFigures } from '../occupancy-figures.js';

export interface DayFigures extends OccupancyFigures {
  day: string;
}

/** National residents, places and occupancy at the end of each day with changes in a period, oldest first. */
@Injectable()
export class ListOccupancyDays {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(OccupancyDaysRepository) private readonly days: OccupancyDaysRepository,
  ) {}

  async execute(from = '1900-01-01', to = '9999-12-31'): Promise<DayFigures[]> {
    const days = await this.transactions.run((transaction) => this.days.between(transaction, from, to));
    return days.map((row) => ({ ...row, ...occupancyFigures(row.residents, row.capacity) }));
  }
}
