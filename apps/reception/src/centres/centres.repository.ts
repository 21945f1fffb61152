import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  CENTRE_STATUSES_IN_USE,
  type CentreRegistered,
  type CentreStatus,
  type CentreType,
} from '#contracts';

import type { Centre } from './centre.js';

const IN_USE = `(${CENTRE_STATUSES_IN_USE.map((status) => `'${status}'`).join(', ')})`;
const PLACES_IN_USE = `CASE WHEN status IN ${IN_USE} THEN fixed_places + flexible_places ELSE 0 END`;
const COLUMNS = `centre_id, name, host_municipality_number, centre_type, fixed_places, flexible_places, status,
  ${PLACES_IN_USE} AS places_in_use`;

interface CentreRow {
  centre_id: string;
  name: string | null;
  host_municipality_number: string;
  centre_type: CentreType;
  fixed_places: number;
  flexible_places: number;
  status: CentreStatus;
  places_in_use: number;
}

/** The `centres` table: reception centres, their places and status. Every call runs in the caller's transaction. */
@Injectable()
export class CentresRepository {
  async upsert(transaction: EntityManager, centre: CentreRegistered): Promise<void> {
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

  async find(transaction: EntityManager, centreId: string): Promise<Centre | undefined> {
    const rows = await transaction.query<CentreRow[]>(`SELECT ${COLUMNS} FROM centres WHERE centre_id = $1`, [
      centreId,
    ]);
    return rows[0] ? toCentre(rows[0]) : undefined;
  }

  /** The registered ones of these centres, in one query. */
  async findAll(transaction: EntityManager, centreIds: string[]): Promise<Map<string, Centre>> {
    const rows = await transaction.query<CentreRow[]>(
      `SELECT ${COLUMNS} FROM centres WHERE centre_id = ANY($1)`,
      [centreIds],
    );
    return new Map(rows.map((row) => [row.centre_id, toCentre(row)]));
  }

  async list(transaction: EntityManager): Promise<Centre[]> {
    const rows = await transaction.query<CentreRow[]>(`SELECT ${COLUMNS} FROM centres ORDER BY centre_id`);
    return rows.map(toCentre);
  }

  async changePlaces(
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

  /** Places in use at all centres in a host municipality. */
  async placesInUse(transaction: EntityManager, municipalityNumber: string): Promise<number> {
    const [row] = await transaction.query<{ places: string }[]>(
      `SELECT coalesce(sum(${PLACES_IN_USE}), 0) AS places FROM centres WHERE host_municipality_number = $1`,
      [municipalityNumber],
    );
    return Number(row.places);
  }
}

function toCentre(row: CentreRow): Centre {
  return {
    centreId: row.centre_id,
    name: row.name,
    hostMunicipalityNumber: row.host_municipality_number,
    type: row.centre_type,
    fixedPlaces: row.fixed_places,
    flexiblePlaces: row.flexible_places,
    status: row.status,
    placesInUse: Number(row.places_in_use),
  };
}
