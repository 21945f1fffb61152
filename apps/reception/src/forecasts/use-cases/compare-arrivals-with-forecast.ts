import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { daysBetween } from '#domain';

import { StaysRepository } from '../../residents/stays.repository.js';
import { type ForecastPeriod, ForecastsRepository } from '../forecasts.repository.js';

/** Arrivals are compared with a forecast from the 7th day of its period on, when there is something to compare. */
const DAYS_BEFORE_COMPARING = 7;

/**
 * [arrivals the forecast covering a day expects from the start of its period up to that day, arrivals so far];
 * empty when no forecast covers the day or less than a week of its period has passed.
 */
@Injectable()
export class CompareArrivalsWithForecast {
  constructor(
    @Inject(ForecastsRepository) private readonly forecasts: ForecastsRepository,
    @Inject(StaysRepository) private readonly stays: StaysRepository,
  ) {}

  async execute(transaction: EntityManager, day: string): Promise<number[]> {
    return arrivalsAgainstForecast(await this.forecasts.covering(transaction, day), day, (periodStart) =>
      this.stays.arrivalsBetween(transaction, periodStart, day),
    );
  }
}

/**
 * [arrivals the forecast expects from the start of its period up to a day, arrivals so far]; empty without a
 * forecast or in the first week of its period (then the arrivals are not counted).
 */
export async function arrivalsAgainstForecast(
  forecast: ForecastPeriod | undefined,
  day: string,
  arrivalsSince: (periodStart: string) => Promise<number>,
): Promise<number[]> {
  const expected = forecast && expectedSoFar(forecast, day);
  if (!forecast || expected === undefined) return [];
  return [expected, await arrivalsSince(forecast.periodStart)];
}

/** The forecast's share of its period up to a day, rounded; none in the first days of the period. */
function expectedSoFar(forecast: ForecastPeriod, day: string): number | undefined {
  const daysPassed = daysBetween(forecast.periodStart, day) + 1;
  if (daysPassed < DAYS_BEFORE_COMPARING) return undefined;
  const periodDays = daysBetween(forecast.periodStart, forecast.periodEnd) + 1;
  return Math.round((forecast.expected * daysPassed) / periodDays);
}
