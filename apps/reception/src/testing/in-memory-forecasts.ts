import type { EntityManager } from 'typeorm';

import type { ForecastPublished } from '#contracts';

import type { ForecastPeriod, ForecastsRepository } from '../forecasts/forecasts.repository.js';

/** The `arrival_forecasts` table as plain memory, for unit tests of use cases. */
export class InMemoryForecasts implements ForecastsRepository {
  readonly rows = new Map<string, ForecastPublished>();

  save(_transaction: EntityManager, forecast: ForecastPublished): Promise<void> {
    this.rows.set(forecast.periodStart, forecast);
    return Promise.resolve();
  }
  covering(_transaction: EntityManager, day: string): Promise<ForecastPeriod | undefined> {
    const covering = [...this.rows.values()]
      .filter((forecast) => forecast.periodStart <= day && day <= forecast.periodEnd)
      .sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0];
    return Promise.resolve(
      covering && {
        periodStart: covering.periodStart,
        periodEnd: covering.periodEnd,
        expected: covering.expected,
      },
    );
  }
}
