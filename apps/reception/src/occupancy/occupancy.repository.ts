import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CENTRE_STATUSES_IN_USE,
  type CentreRegistered,
  type CentreStatus,
  type CentreType,
  type ForecastPublished,
} from '#contracts';
import { occupancyFigures, type OccupancyFigures } from './occupancy-figures.js';

const IN_USE = `(${CENTRE_STATUSES_IN_USE.map((status) => `'${status}'`).join(', ')})`;

export interface CentreOccupancy extends OccupancyFigures {
  centreId: string;
  name: string | null;
  hostMunicipalityNumber: string;
  type: CentreType;
  fixedPlaces: number;
  flexiblePlaces: number;
  status: CentreStatus;
}

export interface OpenStay {
  centreId: string;
  arrivedOn: string;
}

interface CentreRow {
  centre_id: string;
  name: string | null;
  host_municipality_number: string;
  centre_type: CentreType;
  fixed_places: number;
  flexible_places: number;
  status: CentreStatus;
  residents: string;
}

/** All reads and writes of centres and stays. Writes take the caller's transaction. */
@Injectable()
export class OccupancyRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async upsertCentre(transaction: EntityManager, centre: CentreRegistered): Promise<void> {
    await transaction.query(
      `INSERT INTO centres (centre_id, name, host_municipality_number, centre_type, fixed_places, flexible_places)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (centre_id) DO UPDATE SET name = EXCLUDED.name,
         host_municipality_number = EXCLUDED.host_municipality_number, centre_type = EXCLUDED.centre_type,
         fixed_places = EXCLUDED.fixed_places, flexible_places = EXCLUDED.flexible_places, updated_at = now()`,
      [
        centre.centreId,
        centre.name ?? null,
        centre.hostMunicipalityNumber,
        centre.type,
        centre.fixedPlaces,
        centre.flexiblePlaces ?? 0,
      ],
    );
  }

  async centreTypeOf(transaction: EntityManager, centreId: string): Promise<CentreType | undefined> {
    const rows = await transaction.query<{ centre_type: CentreType }[]>(
      'SELECT centre_type FROM centres WHERE centre_id = $1',
      [centreId],
    );
    return rows[0]?.centre_type;
  }

  async centreStatus(transaction: EntityManager, centreId: string): Promise<CentreStatus | undefined> {
    const rows = await transaction.query<{ status: CentreStatus }[]>(
      'SELECT status FROM centres WHERE centre_id = $1',
      [centreId],
    );
    return rows[0]?.status;
  }

  async changeCapacity(
    transaction: EntityManager,
    centreId: string,
    fixedPlaces: number,
    flexiblePlaces: number,
  ): Promise<void> {
    await transaction.query(
      `UPDATE centres SET fixed_places = $2, flexible_places = $3, updated_at = now() WHERE centre_id = $1`,
      [centreId, fixedPlaces, flexiblePlaces],
    );
  }

  async changeStatus(
    transaction: EntityManager,
    centreId: string,
    status: CentreStatus,
    effectiveOn: string,
    noticeMonths: number | null,
  ): Promise<void> {
    await transaction.query(
      `UPDATE centres SET status = $2, status_changed_on = $3, notice_months = $4, updated_at = now() WHERE centre_id = $1`,
      [centreId, status, effectiveOn, noticeMonths],
    );
  }

  /** Keeps the national figures for the day of a change (the last change of a day stands for the day). */
  async recordDay(
    transaction: EntityManager,
    day: string,
    residents: number,
    capacity: number,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO occupancy_days (day, residents, capacity) VALUES ($1, $2, $3)
       ON CONFLICT (day) DO UPDATE SET residents = EXCLUDED.residents, capacity = EXCLUDED.capacity`,
      [day, residents, capacity],
    );
  }

  async saveForecast(transaction: EntityManager, forecast: ForecastPublished): Promise<void> {
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

  /**
   * [arrivals the forecast covering the day expects so far, arrivals so far] in that forecast's period; empty
   * when no forecast covers the day or less than a week of its period has passed.
   */
  async arrivalsAgainstForecast(transaction: EntityManager, day: string): Promise<number[]> {
    const rows = await transaction.query<{ expected_so_far: string; actual: string; elapsed: number }[]>(
      `SELECT round(f.expected * (($1::date - f.period_start + 1)::numeric / (f.period_end - f.period_start + 1))) AS expected_so_far,
              (SELECT count(*) FROM stays s WHERE s.arrived_on BETWEEN f.period_start AND $1::date) AS actual,
              $1::date - f.period_start + 1 AS elapsed
       FROM arrival_forecasts f WHERE $1::date BETWEEN f.period_start AND f.period_end
       ORDER BY f.period_start DESC LIMIT 1`,
      [day],
    );
    const row = rows[0];
    return row && row.elapsed >= 7 ? [Number(row.expected_so_far), Number(row.actual)] : [];
  }

  /** Residents who have had a permit for more than 6 months and are still in reception. */
  async residentsWithPermitBeyondTarget(transaction: EntityManager, day: string): Promise<number> {
    const [row] = await transaction.query<{ count: string }[]>(
      `SELECT count(*) FROM stays WHERE departed_on IS NULL AND permit_date IS NOT NULL
         AND permit_date + interval '6 months' < $1::date`,
      [day],
    );
    return Number(row.count);
  }

  async days(
    from: string,
    to: string,
  ): Promise<{ day: string; residents: number; capacity: number; occupancyPercent: number | null }[]> {
    const rows = await this.dataSource.query<{ day: string; residents: number; capacity: number }[]>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, residents, capacity FROM occupancy_days WHERE day BETWEEN $1 AND $2 ORDER BY day`,
      [from, to],
    );
    return rows.map((row) => ({ ...row, ...occupancyFigures(row.residents, row.capacity) }));
  }

  async latestDay(transaction: EntityManager): Promise<string | undefined> {
    const [row] = await transaction.query<{ day: string | null }[]>(
      `SELECT to_char(max(day), 'YYYY-MM-DD') AS day FROM occupancy_days`,
    );
    return row.day ?? undefined;
  }

  /** National occupancy at the end of each of the last days up to `day`, oldest first (days without data left out). */
  async occupancyPerDay(transaction: EntityManager, day: string, days = 30): Promise<number[]> {
    const rows = await transaction.query<{ percent: string | null }[]>(
      `SELECT (SELECT CASE WHEN o.capacity > 0 THEN round(o.residents * 1000.0 / o.capacity) / 10 END
               FROM occupancy_days o WHERE o.day <= d ORDER BY o.day DESC LIMIT 1) AS percent
       FROM generate_series($1::date - ($2::int - 1), $1::date, interval '1 day') d ORDER BY d`,
      [day, days],
    );
    return rows.filter((row) => row.percent !== null).map((row) => Number(row.percent));
  }

  async countyFigures(transaction: EntityManager, countyNumber: string): Promise<OccupancyFigures> {
    const [row] = await transaction.query<{ capacity: string; residents: string }[]>(
      `SELECT (SELECT coalesce(sum(fixed_places + flexible_places), 0) FROM centres
               WHERE left(host_municipality_number, 2) = $1 AND status IN ${IN_USE}) AS capacity,
              (SELECT count(*) FROM stays s JOIN centres c USING (centre_id)
               WHERE s.departed_on IS NULL AND left(c.host_municipality_number, 2) = $1) AS residents`,
      [countyNumber],
    );
    return occupancyFigures(Number(row.residents), Number(row.capacity));
  }

  /** Places in use at all centres in a host municipality. */
  async hostMunicipalityPlaces(transaction: EntityManager, municipalityNumber: string): Promise<number> {
    const [row] = await transaction.query<{ places: string }[]>(
      `SELECT coalesce(sum(fixed_places + flexible_places), 0) AS places FROM centres
       WHERE host_municipality_number = $1 AND status IN ${IN_USE}`,
      [municipalityNumber],
    );
    return Number(row.places);
  }

  async hostMunicipalityOf(transaction: EntityManager, centreId: string): Promise<string | undefined> {
    const rows = await transaction.query<{ host_municipality_number: string }[]>(
      'SELECT host_municipality_number FROM centres WHERE centre_id = $1',
      [centreId],
    );
    return rows[0]?.host_municipality_number;
  }

  async recordPermit(transaction: EntityManager, personId: string, permitDate: string): Promise<void> {
    await transaction.query(
      `UPDATE stays SET permit_date = $2 WHERE person_id = $1 AND departed_on IS NULL`,
      [personId, permitDate],
    );
  }

  /** The person's current stay, locked so a concurrent arrival or departure of the same person waits. */
  async openStayOf(transaction: EntityManager, personId: string): Promise<OpenStay | undefined> {
    const rows = await transaction.query<{ centre_id: string; arrived_on: string }[]>(
      `SELECT centre_id, to_char(arrived_on, 'YYYY-MM-DD') AS arrived_on FROM stays
       WHERE person_id = $1 AND departed_on IS NULL FOR UPDATE`,
      [personId],
    );
    return rows[0] ? { centreId: rows[0].centre_id, arrivedOn: rows[0].arrived_on } : undefined;
  }

  async openStay(
    transaction: EntityManager,
    personId: string,
    centreId: string,
    arrivedOn: string,
  ): Promise<void> {
    await transaction.query('INSERT INTO stays (person_id, centre_id, arrived_on) VALUES ($1, $2, $3)', [
      personId,
      centreId,
      arrivedOn,
    ]);
  }

  async closeStay(
    transaction: EntityManager,
    personId: string,
    departedOn: string,
    reason: string | null,
  ): Promise<void> {
    await transaction.query(
      `UPDATE stays SET departed_on = $2, departure_reason = $3 WHERE person_id = $1 AND departed_on IS NULL`,
      [personId, departedOn, reason],
    );
  }

  async centreFigures(transaction: EntityManager, centreId: string): Promise<OccupancyFigures> {
    const [row] = await transaction.query<{ capacity: number; residents: string }[]>(
      `SELECT CASE WHEN c.status IN ${IN_USE} THEN c.fixed_places + c.flexible_places ELSE 0 END AS capacity,
              (SELECT count(*) FROM stays s WHERE s.centre_id = c.centre_id AND s.departed_on IS NULL) AS residents
       FROM centres c WHERE c.centre_id = $1`,
      [centreId],
    );
    return occupancyFigures(Number(row?.residents ?? 0), Number(row?.capacity ?? 0));
  }

  async nationalFigures(transaction: EntityManager = this.dataSource.manager): Promise<OccupancyFigures> {
    const [row] = await transaction.query<{ capacity: string; residents: string }[]>(
      `SELECT (SELECT coalesce(sum(fixed_places + flexible_places), 0) FROM centres WHERE status IN ${IN_USE}) AS capacity,
              (SELECT count(*) FROM stays WHERE departed_on IS NULL) AS residents`,
    );
    return occupancyFigures(Number(row.residents), Number(row.capacity));
  }

  async allCentres(): Promise<CentreOccupancy[]> {
    const rows = await this.dataSource.query<CentreRow[]>(
      `SELECT c.*, count(s.stay_id) AS residents FROM centres c
       LEFT JOIN stays s ON s.centre_id = c.centre_id AND s.departed_on IS NULL
       GROUP BY c.centre_id ORDER BY c.centre_id`,
    );
    return rows.map((row) => ({
      centreId: row.centre_id,
      name: row.name,
      hostMunicipalityNumber: row.host_municipality_number,
      type: row.centre_type,
      fixedPlaces: row.fixed_places,
      flexiblePlaces: row.flexible_places,
      status: row.status,
      ...occupancyFigures(
        Number(row.residents),
        CENTRE_STATUSES_IN_USE.includes(row.status) ? row.fixed_places + row.flexible_places : 0,
      ),
    }));
  }
}
