import type { EntityManager } from 'typeorm';

import type { NationalSeries, NationalSeriesRepository } from '../escalations/national-series.repository.js';
import type { InMemoryForecasts } from './in-memory-forecasts.js';
import type { InMemoryOccupancyDays } from './in-memory-occupancy-days.js';
import type { InMemoryStays } from './in-memory-stays.js';

/** The national series read from the in-memory days, forecasts and stays, for unit tests of use cases. */
export class InMemoryNationalSeries implements Pick<NationalSeriesRepository, 'read'> {
  constructor(
    private readonly days: InMemoryOccupancyDays,
    private readonly forecasts: InMemoryForecasts,
    private readonly stays: InMemoryStays,
  ) {}

  async read(transaction: EntityManager, permitWaitingLimitMonths: number): Promise<NationalSeries> {
    const asOf = await this.days.latestDay();
    if (!asOf)
      return { occupancyPercentPerDay: [], arrivalsInForecastPeriod: 0, residentsWithPermitBeyond: 0 };
    const forecast = await this.forecasts.covering(transaction, asOf);
    return {
      asOf,
      occupancyPercentPerDay: await this.days.occupancyPerDay(transaction, asOf),
      forecast,
      arrivalsInForecastPeriod: forecast
        ? await this.stays.arrivalsBetween(transaction, forecast.periodStart, asOf)
        : 0,
      residentsWithPermitBeyond: await this.stays.withPermitWaitingLongerThan(
        transaction,
        permitWaitingLimitMonths,
        asOf,
      ),
    };
  }
}
