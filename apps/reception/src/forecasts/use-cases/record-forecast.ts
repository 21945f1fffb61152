import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ForecastPublished } from '#contracts';
import { RejectedError } from '#domain';

import { ForecastsRepository } from '../forecasts.repository.js';

/** Keeps UDI's forecast of arrivals for a period; a later forecast for the same period replaces it. */
@Injectable()
export class RecordForecast {
  constructor(@Inject(ForecastsRepository) private readonly forecasts: ForecastsRepository) {}

  async execute(transaction: EntityManager, forecast: ForecastPublished): Promise<void> {
    if (forecast.periodEnd < forecast.periodStart)
      throw new RejectedError('the forecast period ends before it starts', 'periodEnd');
    if (forecast.low > forecast.expected || forecast.expected > forecast.high)
      throw new RejectedError('a forecast must have low ≤ expected ≤ high', 'expected');
    await this.forecasts.save(transaction, forecast);
  }
}
