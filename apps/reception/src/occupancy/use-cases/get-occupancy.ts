import { Inject, Injectable } from '@nestjs/common';

import { Transactions } from '#persistence';

import { MeasureOccupancy, type Occupancy } from './measure-occupancy.js';

/** Residents, places and occupancy of every centre, and of all of them together. */
@Injectable()
export class GetOccupancy {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(MeasureOccupancy) private readonly measureOccupancy: Pick<MeasureOccupancy, 'execute'>,
  ) {}

  execute(): Promise<Occupancy> {
    return this.transactions.run((transaction) => this.measureOccupancy.execute(transaction));
  }
}
