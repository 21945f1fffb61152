import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ForecastPeriod } from '../forecasts/forecasts.repository.js';

/** What the escalation rules look at over time, for the whole country, up to the latest day with figures. */
export interface NationalSeries {
  /** The latest day with national figures; none before the first dated change. */
  asOf?: string;
  /** National occupancy at the end of each of the 30 days up to asOf, oldest first (days before any left out). */
  occupancyPercentPerDay: number[];
  /** The forecast covering asOf, and the arrivals from its start up to asOf. */
  forecast?: ForecastPeriod;
  arrivalsInForecastPeriod: number;
  /** Residents in reception on asOf who got their permit longer than the limit before it. */
  residentsWithPermitBeyond: number;
}

/**
 * Reads the national series in one query (occupancy per day, the forecast and the arrivals in its period, the
 * residents waiting with a permit), once per batch, in the caller's transaction.
 */
@Injectable()
export class NationalSeriesRepository {
  async read(transaction: EntityManager, permitWaitingLimitMonths: number): Promise<NationalSeries> {
    const [row] = await transaction.query<SeriesRow[]>(
      `WITH latest AS (SELECT max(day) AS day FROM occupancy_days),
       forecast AS (
         SELECT f.period_start, f.period_end, f.expected FROM arrival_forecasts f, latest
         WHERE latest.day BETWEEN f.period_start AND f.period_end ORDER BY f.period_start DESC LIMIT 1)
       SELECT to_char(latest.day, 'YYYY-MM-DD') AS as_of,
         (SELECT coalesce(array_agg(percent ORDER BY d) FILTER (WHERE percent IS NOT NULL), '{}')
            FROM (SELECT d, (SELECT CASE WHEN o.capacity > 0 THEN round(o.residents * 1000.0 / o.capacity) / 10 END
                             FROM occupancy_days o WHERE o.day <= d ORDER BY o.day DESC LIMIT 1) AS percent
                  FROM generate_series(latest.day - 29, latest.day, interval '1 day') d) AS per_day) AS per_day,
         to_char(forecast.period_start, 'YYYY-MM-DD') AS period_start,
         to_char(forecast.period_end, 'YYYY-MM-DD') AS period_end, forecast.expected,
         (SELECT count(*) FROM stays WHERE arrived_on BETWEEN forecast.period_start AND latest.day) AS arrivals,
         (SELECT count(*) FROM stays WHERE departed_on IS NULL AND permit_date IS NOT NULL
            AND permit_date + make_interval(months => $1) < latest.day) AS permits
       FROM latest LEFT JOIN forecast ON true`,
      [permitWaitingLimitMonths],
    );
    return {
      asOf: row.as_of ?? undefined,
      occupancyPercentPerDay: row.per_day.map(Number),
      forecast:
        row.period_start && row.period_end
          ? { periodStart: row.period_start, periodEnd: row.period_end, expected: Number(row.expected) }
          : undefined,
      arrivalsInForecastPeriod: Number(row.arrivals),
      residentsWithPermitBeyond: Number(row.permits),
    };
  }
}

interface SeriesRow {
  as_of: string | null;
  per_day: (string | number)[];
  period_start: string | null;
  period_end: string | null;
  expected: number | null;
  arrivals: string;
  permits: string;
}
