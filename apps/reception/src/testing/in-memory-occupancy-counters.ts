import type { EntityManager } from 'typeorm';

import { countyOf } from '../centres/centre.js';
import type { OccupancyCountersRepository } from '../occupancy/occupancy-counters.repository.js';
import { type OccupancyFigures, occupancyFigures } from '../occupancy/occupancy-figures.js';
import type { InMemoryCentres } from './in-memory-centres.js';
import type { InMemoryStays } from './in-memory-stays.js';

/**
 * The `occupancy_counters` table as plain memory: kept like the real one, from the changes it is told of, and
 * counted again from the in-memory centres and stays on a recount. `added` lists what it was told.
 */
export class InMemoryOccupancyCounters implements Pick<
  OccupancyCountersRepository,
  keyof OccupancyCountersRepository
> {
  readonly counters = new Map<string, { residents: number; capacity: number }>();
  readonly added: Map<string, number>[] = [];

  constructor(
    private readonly centres: InMemoryCentres,
    private readonly stays: InMemoryStays,
  ) {}

  addResidents(
    _transaction: EntityManager,
    residentsBySubject: Map<string, number>,
  ): Promise<Map<string, OccupancyFigures>> {
    this.added.push(new Map(residentsBySubject));
    for (const [subject, residents] of residentsBySubject) {
      const counter = this.counters.get(subject) ?? { residents: 0, capacity: 0 };
      this.counters.set(subject, { ...counter, residents: counter.residents + residents });
    }
    return this.figures(_transaction, [...residentsBySubject.keys()]);
  }

  async recount(): Promise<void> {
    this.counters.clear();
    const residents = await this.stays.residentsPerCentre();
    for (const centre of await this.centres.list()) {
      const here = residents.get(centre.centreId) ?? 0;
      for (const subject of [
        'national',
        `county:${countyOf(centre.hostMunicipalityNumber)}`,
        `centre:${centre.centreId}`,
      ]) {
        const counter = this.counters.get(subject) ?? { residents: 0, capacity: 0 };
        this.counters.set(subject, {
          residents: counter.residents + here,
          capacity: counter.capacity + centre.placesInUse,
        });
      }
    }
  }

  figures(_transaction: EntityManager, subjects: string[]): Promise<Map<string, OccupancyFigures>> {
    const figures = new Map<string, OccupancyFigures>();
    for (const subject of subjects) {
      const counter = this.counters.get(subject);
      if (counter) figures.set(subject, occupancyFigures(counter.residents, counter.capacity));
    }
    return Promise.resolve(figures);
  }
}
