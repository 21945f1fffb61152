import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CareCentreRegistered, PersonNeed } from '#contracts';

export interface CareFigures {
  children: number;
  places: number;
  occupancyPercent: number | null;
}

export interface Child {
  personId: string;
  arrivedOn: string | null;
  permitDate: string | null;
  needs: PersonNeed[];
  centreId: string | null;
  leftCareOn: string | null;
  leftReason: string | null;
}

const figures = (children: number, places: number): CareFigures => ({
  children,
  places,
  occupancyPercent: places > 0 ? Math.round((children / places) * 1000) / 10 : null,
});

interface ChildRow {
  person_id: string;
  arrived_on: string | null;
  permit_date: string | null;
  needs: PersonNeed[];
  centre_id: string | null;
  left_care_on: string | null;
  left_reason: string | null;
}

/** Care centres, the children in Bufdir's care and where they are placed. */
@Injectable()
export class CareRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async upsertCentre(transaction: EntityManager, centre: CareCentreRegistered): Promise<void> {
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

  async centreExists(transaction: EntityManager, centreId: string): Promise<boolean> {
    return (
      (await transaction.query<unknown[]>('SELECT 1 FROM care_centres WHERE centre_id = $1', [centreId]))
        .length > 0
    );
  }

  /** Adds the child to Bufdir's care (a handover from reception, or a placement of a child not seen before). */
  async takeIntoCare(
    transaction: EntityManager,
    personId: string,
    arrivedOn: string | null,
    receptionCentreId: string | null,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO children (person_id, arrived_on, reception_centre_id) VALUES ($1, $2, $3)
       ON CONFLICT (person_id) DO UPDATE SET arrived_on = coalesce(children.arrived_on, EXCLUDED.arrived_on),
         reception_centre_id = coalesce(children.reception_centre_id, EXCLUDED.reception_centre_id)`,
      [personId, arrivedOn, receptionCentreId],
    );
  }

  async child(
    personId: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<Child | undefined> {
    const rows = await transaction.query<ChildRow[]>(
      `SELECT c.person_id, to_char(c.arrived_on, 'YYYY-MM-DD') AS arrived_on, to_char(c.permit_date, 'YYYY-MM-DD') AS permit_date,
              c.needs, p.centre_id, to_char(c.left_care_on, 'YYYY-MM-DD') AS left_care_on, c.left_reason
       FROM children c LEFT JOIN placements p ON p.person_id = c.person_id AND p.left_on IS NULL WHERE c.person_id = $1`,
      [personId],
    );
    const row = rows[0];
    return row
      ? {
          personId: row.person_id,
          arrivedOn: row.arrived_on,
          permitDate: row.permit_date,
          needs: row.needs,
          centreId: row.centre_id,
          leftCareOn: row.left_care_on,
          leftReason: row.left_reason,
        }
      : undefined;
  }

  /** Children still in care (placed or awaiting a place), for the daily checks. */
  async childrenInCare(): Promise<string[]> {
    const rows = await this.dataSource.query<{ person_id: string }[]>(
      `SELECT person_id FROM children WHERE left_care_on IS NULL`,
    );
    return rows.map((row) => row.person_id);
  }

  async endPlacement(transaction: EntityManager, personId: string, on: string): Promise<string | undefined> {
    const rows = await transaction.query<[{ centre_id: string }[], number]>(
      `UPDATE placements SET left_on = $2 WHERE person_id = $1 AND left_on IS NULL RETURNING centre_id`,
      [personId, on],
    );
    return rows[0]?.[0]?.centre_id;
  }

  async place(transaction: EntityManager, personId: string, centreId: string, on: string): Promise<void> {
    await transaction.query(`INSERT INTO placements (person_id, centre_id, placed_on) VALUES ($1, $2, $3)`, [
      personId,
      centreId,
      on,
    ]);
  }

  async leaveCare(transaction: EntityManager, personId: string, on: string, reason: string): Promise<void> {
    await transaction.query(`UPDATE children SET left_care_on = $2, left_reason = $3 WHERE person_id = $1`, [
      personId,
      on,
      reason,
    ]);
  }

  async recordPermit(
    transaction: EntityManager,
    personId: string,
    permitDate: string,
    needs: PersonNeed[],
  ): Promise<void> {
    await transaction.query(`UPDATE children SET permit_date = $2, needs = $3 WHERE person_id = $1`, [
      personId,
      permitDate,
      needs,
    ]);
  }

  async centreFigures(transaction: EntityManager, centreId: string): Promise<CareFigures> {
    const [row] = await transaction.query<{ places: number; children: string }[]>(
      `SELECT state_places + private_places AS places,
              (SELECT count(*) FROM placements p WHERE p.centre_id = c.centre_id AND p.left_on IS NULL) AS children
       FROM care_centres c WHERE centre_id = $1`,
      [centreId],
    );
    return figures(Number(row?.children ?? 0), Number(row?.places ?? 0));
  }

  async nationalFigures(transaction: EntityManager = this.dataSource.manager): Promise<CareFigures> {
    const [row] = await transaction.query<{ places: string; children: string }[]>(
      `SELECT (SELECT coalesce(sum(state_places + private_places), 0) FROM care_centres) AS places,
              (SELECT count(*) FROM placements WHERE left_on IS NULL) AS children`,
    );
    return figures(Number(row.children), Number(row.places));
  }

  async centres(): Promise<
    (CareFigures & {
      centreId: string;
      name: string | null;
      hostMunicipalityNumber: string;
      statePlaces: number;
      privatePlaces: number;
    })[]
  > {
    const rows = await this.dataSource.query<
      {
        centre_id: string;
        name: string | null;
        host_municipality_number: string;
        state_places: number;
        private_places: number;
        children: string;
      }[]
    >(
      `SELECT c.*, count(p.placement_id) AS children FROM care_centres c
       LEFT JOIN placements p ON p.centre_id = c.centre_id AND p.left_on IS NULL GROUP BY c.centre_id ORDER BY c.centre_id`,
    );
    return rows.map((row) => ({
      centreId: row.centre_id,
      name: row.name,
      hostMunicipalityNumber: row.host_municipality_number,
      statePlaces: row.state_places,
      privatePlaces: row.private_places,
      ...figures(Number(row.children), row.state_places + row.private_places),
    }));
  }

  /** Children in care who have had a permit for more than 3 months as of a day. */
  async beyondTarget(day: string): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM children WHERE left_care_on IS NULL AND permit_date IS NOT NULL
         AND permit_date + interval '3 months' < $1::date`,
      [day],
    );
    return Number(row.count);
  }

  async recordWeek(weekStart: string, beyondTarget: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO waiting_snapshots (week_start, beyond_target) VALUES ($1, $2)
       ON CONFLICT (week_start) DO UPDATE SET beyond_target = EXCLUDED.beyond_target, taken_at = now()`,
      [weekStart, beyondTarget],
    );
  }

  async beyondTargetPerWeek(transaction: EntityManager, weeks = 8): Promise<number[]> {
    const rows = await transaction.query<{ beyond_target: number }[]>(
      `SELECT beyond_target FROM (SELECT * FROM waiting_snapshots ORDER BY week_start DESC LIMIT $1) recent ORDER BY week_start`,
      [weeks],
    );
    return rows.map((row) => row.beyond_target);
  }

  async awaitingPlacement(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM children c WHERE left_care_on IS NULL
       AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.person_id = c.person_id AND p.left_on IS NULL)`,
    );
    return Number(row.count);
  }
}
