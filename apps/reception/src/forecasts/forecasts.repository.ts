import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ForecastPublished } from '#contracts';

/** The part of a forecast that arrivals are measured against. */
export interface ForecastPeriod {
  periodStart: string;
  periodEnd: string;
  expected: number;
}

/** The `arrival_forecasts` table: UDI's forecasts of arrivals per period. Runs in the caller's transaction. */
@Injectable()
export class ForecastsRepository {
  /** Keeps a forecast; a later one for the same period replaces it. */
  async save(transaction: EntityManager, forecast: ForecastPublished): Promise<void> {
    await transaction.query(
      `INSERT INTO arrival_forecasts (period_start, period_end, expected, low, high, published_on) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (period_start) DO UPDATE SET period_end = EXCLUDED.period_end, expected = EXCLUDED.expected,
         low = EXCLUDED.low, high = EXCLUDED.high, published_on = EXCLUDED.published_on`,
      [
        forecast.periodStart,
        forecast.periodEnd,
        forecast.expected,
        forecast.low,
        forecast.high,
        forecast.publishedOn,
      ],
    );
  }

  /** The forecast whose period covers a day (the latest starting one, should periods overlap). */
  async covering(transaction: EntityManager, day: string): Promise<ForecastPeriod | undefined> {
    const [row] = await transaction.query<ForecastPeriod[]>(
      `SELECT to_char(period_start, 'YYYY-MM-DD') AS "periodStart", to_char(period_end, 'YYYY-MM-DD') AS "periodEnd",
              expected
       FROM arrival_forecasts WHERE $1::date BETWEEN period_start AND period_end
       ORDER BY period_start DESC LIMIT 1`,
      [day],
    );
    return row;
  }
}
