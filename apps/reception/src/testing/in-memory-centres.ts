import type { EntityManager } from 'typeorm';

import type { CentreRegistered, CentreStatus } from '#contracts';

import { type Centre, isInUse } from '../centres/centre.js';
import type { CentresRepository } from '../centres/centres.repository.js';

/** The `centres` table as plain memory, for unit tests of use cases. */
export class InMemoryCentres implements CentresRepository {
  readonly rows = new Map<string, Omit<Centre, 'placesInUse'>>();

  /** A registered centre, operating unless said otherwise. */
  add(centre: Partial<Omit<Centre, 'placesInUse'>> & { centreId: string }): this {
    this.rows.set(centre.centreId, {
      name: null,
      hostMunicipalityNumber: '0301',
      type: 'ordinary',
      fixedPlaces: 10,
      flexiblePlaces: 0,
      status: 'operating',
      ...centre,
    });
    return this;
  }

  upsert(_transaction: EntityManager, centre: CentreRegistered): Promise<void> {
    this.add({
      ...centre,
      name: centre.name ?? null,
      flexiblePlaces: centre.flexiblePlaces ?? 0,
      status: this.rows.get(centre.centreId)?.status ?? 'operating',
    });
    return Promise.resolve();
  }
  find(_transaction: EntityManager, centreId: string): Promise<Centre | undefined> {
    return Promise.resolve(this.all().find((centre) => centre.centreId === centreId));
  }
  findAll(_transaction: EntityManager, centreIds: string[]): Promise<Map<string, Centre>> {
    return Promise.resolve(
      new Map(
        this.all()
          .filter((centre) => centreIds.includes(centre.centreId))
          .map((centre) => [centre.centreId, centre]),
      ),
    );
  }
  list(): Promise<Centre[]> {
    return Promise.resolve(this.all().sort((a, b) => a.centreId.localeCompare(b.centreId)));
  }
  changePlaces(_transaction: EntityManager, centreId: string, fixedPlaces: number, flexiblePlaces: number) {
    Object.assign(this.rows.get(centreId)!, { fixedPlaces, flexiblePlaces });
    return Promise.resolve();
  }
  changeStatus(_transaction: EntityManager, centreId: string, status: CentreStatus) {
    Object.assign(this.rows.get(centreId)!, { status });
    return Promise.resolve();
  }
  placesInUse(_transaction: EntityManager, municipalityNumber: string): Promise<number> {
    const places = this.all()
      .filter((centre) => centre.hostMunicipalityNumber === municipalityNumber)
      .reduce((total, centre) => total + centre.placesInUse, 0);
    return Promise.resolve(places);
  }

  private all(): Centre[] {
    return [...this.rows.values()].map((centre) => ({
      ...centre,
      placesInUse: isInUse(centre.status) ? centre.fixedPlaces + centre.flexiblePlaces : 0,
    }));
  }
}
