import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { PersonNeed } from '#contracts';

/** A child in Bufdir's care, with the centre of the open placement (null while awaiting a place). */
export interface Child {
  personId: string;
  arrivedOn: string | null;
  permitDate: string | null;
  needs: PersonNeed[];
  centreId: string | null;
  leftCareOn: string | null;
  leftReason: string | null;
}

interface ChildRow {
  person_id: string;
  arrived_on: string | null;
  permit_date: string | null;
  needs: PersonNeed[];
  centre_id: string | null;
  left_care_on: string | null;
  left_reason: string | null;
}

/** The children table: who is in Bufdir's care, their permit and when they left (placements beside it). */
@Injectable()
export class ChildrenRepository {
  /** Adds the child to Bufdir's care, or completes what is known (an arrival date, the reception centre). */
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

  async child(transaction: EntityManager, personId: string): Promise<Child | undefined> {
    const [row] = await transaction.query<ChildRow[]>(
      `SELECT c.person_id, to_char(c.arrived_on, 'YYYY-MM-DD') AS arrived_on, to_char(c.permit_date, 'YYYY-MM-DD') AS permit_date,
              c.needs, p.centre_id, to_char(c.left_care_on, 'YYYY-MM-DD') AS left_care_on, c.left_reason
       FROM children c LEFT JOIN placements p ON p.person_id = c.person_id AND p.left_on IS NULL WHERE c.person_id = $1`,
      [personId],
    );
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

  /** Children still in care, placed or awaiting a place. */
  async inCare(transaction: EntityManager): Promise<string[]> {
    const rows = await transaction.query<{ person_id: string }[]>(
      'SELECT person_id FROM children WHERE left_care_on IS NULL ORDER BY person_id',
    );
    return rows.map((row) => row.person_id);
  }

  async awaitingPlacement(transaction: EntityManager): Promise<number> {
    const [row] = await transaction.query<{ count: string }[]>(
      `SELECT count(*) FROM children c WHERE left_care_on IS NULL
       AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.person_id = c.person_id AND p.left_on IS NULL)`,
    );
    return Number(row.count);
  }

  async recordPermit(
    transaction: EntityManager,
    personId: string,
    permitDate: string,
    needs: PersonNeed[],
  ): Promise<void> {
    await transaction.query('UPDATE children SET permit_date = $2, needs = $3 WHERE person_id = $1', [
      personId,
      permitDate,
      needs,
    ]);
  }

  async leaveCare(transaction: EntityManager, personId: string, on: string, reason: string): Promise<void> {
    await transaction.query('UPDATE children SET left_care_on = $2, left_reason = $3 WHERE person_id = $1', [
      personId,
      on,
      reason,
    ]);
  }

  /** Children in care whose permit is more than `targetMonths` before the day. */
  async countWaitingBeyond(transaction: EntityManager, day: string, targetMonths: number): Promise<number> {
    const [row] = await transaction.query<{ count: string }[]>(
      `SELECT count(*) FROM children WHERE left_care_on IS NULL AND permit_date IS NOT NULL
         AND permit_date + make_interval(months => $2) < $1::date`,
      [day, targetMonths],
    );
    return Number(row.count);
  }
}
