import type { EntityManager } from 'typeorm';

import { addMonths } from '#domain';

import type { NewStay, OpenStay, StayEnd, StaysRepository } from '../residents/stays.repository.js';

export interface StayRow {
  personId: string;
  centreId: string;
  arrivedOn: string;
  departedOn?: string;
  reason?: string | null;
  permitDate?: string;
}

/** The `stays` table as plain memory, for unit tests of use cases. */
export class InMemoryStays implements StaysRepository {
  readonly rows: StayRow[] = [];

  openStayOf(_transaction: EntityManager, personId: string): Promise<OpenStay | undefined> {
    const stay = this.openRows().find((row) => row.personId === personId);
    return Promise.resolve(stay && { centreId: stay.centreId, arrivedOn: stay.arrivedOn });
  }
  openStaysOf(_transaction: EntityManager, personIds: string[]): Promise<Map<string, OpenStay>> {
    return Promise.resolve(
      new Map(
        this.openRows()
          .filter((row) => personIds.includes(row.personId))
          .map((row) => [row.personId, { centreId: row.centreId, arrivedOn: row.arrivedOn }]),
      ),
    );
  }
  async closeAll(transaction: EntityManager, ends: StayEnd[]): Promise<void> {
    for (const end of ends) await this.close(transaction, end.personId, end.departedOn, end.reason);
  }
  openAll(_transaction: EntityManager, stays: NewStay[]): Promise<void> {
    for (const stay of stays) {
      const row: StayRow = { personId: stay.personId, centreId: stay.centreId, arrivedOn: stay.arrivedOn };
      if (stay.departedOn !== null)
        Object.assign(row, { departedOn: stay.departedOn, reason: stay.departureReason });
      this.rows.push(row);
    }
    return Promise.resolve();
  }
  open(_transaction: EntityManager, personId: string, centreId: string, arrivedOn: string): Promise<void> {
    this.rows.push({ personId, centreId, arrivedOn });
    return Promise.resolve();
  }
  close(_transaction: EntityManager, personId: string, departedOn: string, reason: string | null) {
    Object.assign(this.openRows().find((row) => row.personId === personId) ?? {}, { departedOn, reason });
    return Promise.resolve();
  }
  recordPermit(_transaction: EntityManager, personId: string, permitDate: string): Promise<void> {
    Object.assign(this.openRows().find((row) => row.personId === personId) ?? {}, { permitDate });
    return Promise.resolve();
  }
  residentsPerCentre(): Promise<Map<string, number>> {
    const perCentre = new Map<string, number>();
    for (const row of this.openRows()) perCentre.set(row.centreId, (perCentre.get(row.centreId) ?? 0) + 1);
    return Promise.resolve(perCentre);
  }
  arrivalsBetween(_transaction: EntityManager, from: string, to: string): Promise<number> {
    return Promise.resolve(this.rows.filter((row) => row.arrivedOn >= from && row.arrivedOn <= to).length);
  }
  withPermitWaitingLongerThan(_transaction: EntityManager, months: number, day: string): Promise<number> {
    return Promise.resolve(
      this.openRows().filter((row) => row.permitDate && addMonths(row.permitDate, months) < day).length,
    );
  }

  private openRows(): StayRow[] {
    return this.rows.filter((row) => row.departedOn === undefined);
  }
}
