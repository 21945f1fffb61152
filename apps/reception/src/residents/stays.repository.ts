import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Where a resident lives now. */
export interface OpenStay {
  centreId: string;
  arrivedOn: string;
}

/** A stay that begins (and may already end) with a batch of events. */
export interface NewStay {
  personId: string;
  centreId: string;
  arrivedOn: string;
  departedOn: string | null;
  departureReason: string | null;
}

/** The end of a stay that began before a batch of events. */
export interface StayEnd {
  personId: string;
  departedOn: string;
  reason: string | null;
}

/**
 * The `stays` table: each resident's stays at centres, from arrival to departure, and the permit date of a
 * resident who got one. Every call runs in the caller's transaction.
 */
@Injectable()
export class StaysRepository {
  /** The person's current stay, locked so a concurrent arrival or departure of the same person waits. */
  async openStayOf(transaction: EntityManager, personId: string): Promise<OpenStay | undefined> {
    const rows = await transaction.query<{ centre_id: string; arrived_on: string }[]>(
      `SELECT centre_id, to_char(arrived_on, 'YYYY-MM-DD') AS arrived_on FROM stays
       WHERE person_id = $1 AND departed_on IS NULL FOR UPDATE`,
      [personId],
    );
    return rows[0] ? { centreId: rows[0].centre_id, arrivedOn: rows[0].arrived_on } : undefined;
  }

  /** The current stays of these people, locked like openStayOf, in one query. */
  async openStaysOf(transaction: EntityManager, personIds: string[]): Promise<Map<string, OpenStay>> {
    const rows = await transaction.query<{ person_id: string; centre_id: string; arrived_on: string }[]>(
      `SELECT person_id, centre_id, to_char(arrived_on, 'YYYY-MM-DD') AS arrived_on FROM stays
       WHERE person_id = ANY($1) AND departed_on IS NULL ORDER BY person_id FOR UPDATE`,
      [personIds],
    );
    return new Map(
      rows.map((row) => [row.person_id, { centreId: row.centre_id, arrivedOn: row.arrived_on }]),
    );
  }

  /** Ends stays that began before, in one statement. */
  async closeAll(transaction: EntityManager, ends: StayEnd[]): Promise<void> {
    if (ends.length === 0) return;
    await transaction.query(
      `UPDATE stays SET departed_on = stay_end.departed_on, departure_reason = stay_end.reason
       FROM unnest($1::text[], $2::date[], $3::text[]) AS stay_end(person_id, departed_on, reason)
       WHERE stays.person_id = stay_end.person_id AND stays.departed_on IS NULL`,
      [ends.map((end) => end.personId), ends.map((end) => end.departedOn), ends.map((end) => end.reason)],
    );
  }

  /** Begins stays (those that already ended with their departure), in one statement. */
  async openAll(transaction: EntityManager, stays: NewStay[]): Promise<void> {
    if (stays.length === 0) return;
    await transaction.query(
      `INSERT INTO stays (person_id, centre_id, arrived_on, departed_on, departure_reason)
       SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::text[])`,
      [
        stays.map((stay) => stay.personId),
        stays.map((stay) => stay.centreId),
        stays.map((stay) => stay.arrivedOn),
        stays.map((stay) => stay.departedOn),
        stays.map((stay) => stay.departureReason),
      ],
    );
  }

  async open(
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

  async close(
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

  async recordPermit(transaction: EntityManager, personId: string, permitDate: string): Promise<void> {
    await transaction.query(
      `UPDATE stays SET permit_date = $2 WHERE person_id = $1 AND departed_on IS NULL`,
      [personId, permitDate],
    );
  }

  /** Residents living at each centre now; centres without residents are left out. */
  async residentsPerCentre(transaction: EntityManager): Promise<Map<string, number>> {
    const rows = await transaction.query<{ centre_id: string; residents: string }[]>(
      `SELECT centre_id, count(*) AS residents FROM stays WHERE departed_on IS NULL GROUP BY centre_id`,
    );
    return new Map(rows.map((row) => [row.centre_id, Number(row.residents)]));
  }

  /** Stays that began in a period, both days included (an arrival, or a transfer to another centre). */
  async arrivalsBetween(transaction: EntityManager, from: string, to: string): Promise<number> {
    const [row] = await transaction.query<{ count: string }[]>(
      `SELECT count(*) FROM stays WHERE arrived_on BETWEEN $1::date AND $2::date`,
      [from, to],
    );
    return Number(row.count);
  }

  /** Residents still in reception on a day who got their permit more than `months` before it. */
  async withPermitWaitingLongerThan(
    transaction: EntityManager,
    months: number,
    day: string,
  ): Promise<number> {
    const [row] = await transaction.query<{ count: string }[]>(
      `SELECT count(*) FROM stays WHERE departed_on IS NULL AND permit_date IS NOT NULL
         AND permit_date + make_interval(months => $1) < $2::date`,
      [months, day],
    );
    return Number(row.count);
  }
}
