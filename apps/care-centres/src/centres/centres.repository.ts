import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CareCentreRegistered } from '#contracts';

export interface CareCentre {
  centreId: string;
  name: string | null;
  hostMunicipalityNumber: string;
  statePlaces: number;
  privatePlaces: number;
}

interface CentreRow {
  centre_id: string;
  name: string | null;
  host_municipality_number: string;
  state_places: number;
  private_places: number;
}

/** The care_centres table: Bufdir's care centres and their places (state and bought from private providers). */
@Injectable()
export class CentresRepository {
  async register(transaction: EntityManager, centre: CareCentreRegistered): Promise<void> {
    await transaction.query(
      `INSERT INTO care_centres (centre_id, name, host_municipality_number, state_places, private_places) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (centre_id) DO UPDATE SET name = EXCLUDED.name, host_municipality_number = EXCLUDED.host_municipality_number,
         state_places = EXCLUDED.state_places, private_places = EXCLUDED.private_places`,
      [
        centre.centreId,
        centre.name ?? null,
        centre.hostMunicipalityNumber,
        centre.statePlaces,
        centre.privatePlaces,
      ],
    );
  }

  async exists(transaction: EntityManager, centreId: string): Promise<boolean> {
    const rows = await transaction.query<unknown[]>('SELECT 1 FROM care_centres WHERE centre_id = $1', [
      centreId,
    ]);
    return rows.length > 0;
  }

  /** State and private places at one centre (0 for a centre not registered). */
  async placesAt(transaction: EntityManager, centreId: string): Promise<number> {
    const [row] = await transaction.query<{ places: number }[]>(
      'SELECT state_places + private_places AS places FROM care_centres WHERE centre_id = $1',
      [centreId],
    );
    return Number(row?.places ?? 0);
  }

  async nationalPlaces(transaction: EntityManager): Promise<number> {
    const [row] = await transaction.query<{ places: string }[]>(
      'SELECT coalesce(sum(state_places + private_places), 0) AS places FROM care_centres',
    );
    return Number(row.places);
  }

  /** Every centre, by id. */
  async all(transaction: EntityManager): Promise<CareCentre[]> {
    const rows = await transaction.query<CentreRow[]>(
      `SELECT centre_id, name, host_municipality_number, state_places, private_places FROM care_centres ORDER BY centre_id`,
    );
    return rows.map((row) => ({
      centreId: row.centre_id,
      name: row.name,
      hostMunicipalityNumber: row.host_municipality_number,
      statePlaces: row.state_places,
      privatePlaces: row.private_places,
    }));
  }
}
