import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The placements table: which care centre a child lives at, from when to when (one open placement at most). */
@Injectable()
export class PlacementsRepository {
  async place(transaction: EntityManager, personId: string, centreId: string, on: string): Promise<void> {
    await transaction.query('INSERT INTO placements (person_id, centre_id, placed_on) VALUES ($1, $2, $3)', [
      personId,
      centreId,
      on,
    ]);
  }

  /** Ends the child's open placement, if any; answers the centre it was at. */
  async end(transaction: EntityManager, personId: string, on: string): Promise<string | undefined> {
    const [rows] = await transaction.query<[{ centre_id: string }[], number]>(
      'UPDATE placements SET left_on = $2 WHERE person_id = $1 AND left_on IS NULL RETURNING centre_id',
      [personId, on],
    );
    return rows[0]?.centre_id;
  }

  /** Children placed at one centre now. */
  async placedAt(transaction: EntityManager, centreId: string): Promise<number> {
    const [row] = await transaction.query<{ count: string }[]>(
      'SELECT count(*) FROM placements WHERE centre_id = $1 AND left_on IS NULL',
      [centreId],
    );
    return Number(row.count);
  }

  /** Children placed in all centres now. */
  async placedNationally(transaction: EntityManager): Promise<number> {
    const [row] = await transaction.query<{ count: string }[]>(
      'SELECT count(*) FROM placements WHERE left_on IS NULL',
    );
    return Number(row.count);
  }

  /** Children placed now, per centre that has any. */
  async placedPerCentre(transaction: EntityManager): Promise<Map<string, number>> {
    const rows = await transaction.query<{ centre_id: string; count: string }[]>(
      'SELECT centre_id, count(*) FROM placements WHERE left_on IS NULL GROUP BY centre_id',
    );
    return new Map(rows.map((row) => [row.centre_id, Number(row.count)]));
  }
}
