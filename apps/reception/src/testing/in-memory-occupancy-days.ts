import type { EntityManager } from 'typeorm';

import { daysBetween } from '#domain';

import type { OccupancyDay, OccupancyDaysRepository } from '../occupancy/occupancy-days.repository.js';

/** The `occupancy_days` table as plain memory, for unit tests of use cases. */
export class InMemoryOccupancyDays implements OccupancyDaysRepository {
  readonly rows = new Map<string, OccupancyDay>();

  record(_transaction: EntityManager, day: OccupancyDay): Promise<void> {
    this.rows.set(day.day, day);
    return Promise.resolve();
  }
  recordAll(_transaction: EntityManager, days: OccupancyDay[]): Promise<void> {
    for (const day of days) this.rows.set(day.day, day);
    return Promise.resolve();
  }
  between(_transaction: EntityManager, from: string, to: string): Promise<OccupancyDay[]> {
    return Promise.resolve(this.sorted().filter((row) => row.day >= from && row.day <= to));
  }
  latestDay(): Promise<string | undefined> {
    return Promise.resolve(this.sorted().at(-1)?.day);
  }
  occupancyPerDay(_transaction: EntityManager, day: string, days = 30): Promise<number[]> {
    const percents: number[] = [];
    for (let daysBefore = days - 1; daysBefore >= 0; daysBefore -= 1) {
      const standing = this.sorted()
        .filter((row) => daysBetween(row.day, day) >= daysBefore)
        .at(-1);
      if (standing && standing.capacity > 0)
        percents.push(Math.round((standing.residents * 1000) / standing.capacity) / 10);
    }
    return Promise.resolve(percents);
  }

  private sorted(): OccupancyDay[] {
    return [...this.rows.values()].sort((a, b) => a.day.localeCompare(b.day));
  }
}
