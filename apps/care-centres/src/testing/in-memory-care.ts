import type { EntityManager } from 'typeorm';

import type { CareCentreRegistered, PersonNeed } from '#contracts';
import { addMonths } from '#domain';

import type { CareCentre, CentresRepository } from '../centres/centres.repository.js';
import type { Child, ChildrenRepository } from '../children/children.repository.js';
import type { PlacementsRepository } from '../children/placements.repository.js';
import type { WaitingRepository } from '../waiting/waiting.repository.js';

interface ChildRecord {
  personId: string;
  arrivedOn: string | null;
  receptionCentreId: string | null;
  permitDate: string | null;
  needs: PersonNeed[];
  leftCareOn: string | null;
  leftReason: string | null;
}

interface Placement {
  personId: string;
  centreId: string;
  placedOn: string;
  leftOn: string | null;
}

/** The care-centres schema as plain memory: centres, children, placements and weekly waiting figures. */
export class InMemoryCare
  implements CentresRepository, ChildrenRepository, PlacementsRepository, WaitingRepository
{
  readonly centres = new Map<string, CareCentre>();
  readonly children = new Map<string, ChildRecord>();
  readonly placements: Placement[] = [];
  readonly weeks = new Map<string, number>();

  register(_transaction: EntityManager, centre: CareCentreRegistered): Promise<void> {
    this.centres.set(centre.centreId, {
      centreId: centre.centreId,
      name: centre.name ?? null,
      hostMunicipalityNumber: centre.hostMunicipalityNumber,
      statePlaces: centre.statePlaces,
      privatePlaces: centre.privatePlaces,
    });
    return Promise.resolve();
  }
  exists(_transaction: EntityManager, centreId: string): Promise<boolean> {
    return Promise.resolve(this.centres.has(centreId));
  }
  placesAt(_transaction: EntityManager, centreId: string): Promise<number> {
    const centre = this.centres.get(centreId);
    return Promise.resolve(centre ? centre.statePlaces + centre.privatePlaces : 0);
  }
  nationalPlaces(_transaction: EntityManager): Promise<number> {
    const all = [...this.centres.values()];
    return Promise.resolve(all.reduce((sum, centre) => sum + centre.statePlaces + centre.privatePlaces, 0));
  }
  all(_transaction: EntityManager): Promise<CareCentre[]> {
    return Promise.resolve([...this.centres.values()].sort((a, b) => a.centreId.localeCompare(b.centreId)));
  }

  takeIntoCare(
    _transaction: EntityManager,
    personId: string,
    arrivedOn: string | null,
    receptionCentreId: string | null,
  ): Promise<void> {
    const known = this.children.get(personId);
    if (known) {
      known.arrivedOn ??= arrivedOn;
      known.receptionCentreId ??= receptionCentreId;
    } else {
      this.children.set(personId, {
        personId,
        arrivedOn,
        receptionCentreId,
        permitDate: null,
        needs: [],
        leftCareOn: null,
        leftReason: null,
      });
    }
    return Promise.resolve();
  }
  child(_transaction: EntityManager, personId: string): Promise<Child | undefined> {
    const record = this.children.get(personId);
    if (!record) return Promise.resolve(undefined);
    const { receptionCentreId: _notShown, ...shown } = record;
    return Promise.resolve({ ...shown, centreId: this.openPlacementOf(personId)?.centreId ?? null });
  }
  inCare(_transaction: EntityManager): Promise<string[]> {
    return Promise.resolve(this.stillInCare().map((child) => child.personId));
  }
  awaitingPlacement(_transaction: EntityManager): Promise<number> {
    return Promise.resolve(
      this.stillInCare().filter((child) => !this.openPlacementOf(child.personId)).length,
    );
  }
  recordPermit(
    _transaction: EntityManager,
    personId: string,
    permitDate: string,
    needs: PersonNeed[],
  ): Promise<void> {
    Object.assign(this.children.get(personId)!, { permitDate, needs });
    return Promise.resolve();
  }
  leaveCare(_transaction: EntityManager, personId: string, on: string, reason: string): Promise<void> {
    Object.assign(this.children.get(personId)!, { leftCareOn: on, leftReason: reason });
    return Promise.resolve();
  }
  countWaitingBeyond(_transaction: EntityManager, day: string, targetMonths: number): Promise<number> {
    const beyond = this.stillInCare().filter(
      (child) => child.permitDate !== null && addMonths(child.permitDate, targetMonths) < day,
    );
    return Promise.resolve(beyond.length);
  }

  place(_transaction: EntityManager, personId: string, centreId: string, on: string): Promise<void> {
    this.placements.push({ personId, centreId, placedOn: on, leftOn: null });
    return Promise.resolve();
  }
  end(_transaction: EntityManager, personId: string, on: string): Promise<string | undefined> {
    const open = this.openPlacementOf(personId);
    if (open) open.leftOn = on;
    return Promise.resolve(open?.centreId);
  }
  placedAt(_transaction: EntityManager, centreId: string): Promise<number> {
    return Promise.resolve(
      this.openPlacements().filter((placement) => placement.centreId === centreId).length,
    );
  }
  placedNationally(_transaction: EntityManager): Promise<number> {
    return Promise.resolve(this.openPlacements().length);
  }
  placedPerCentre(_transaction: EntityManager): Promise<Map<string, number>> {
    const placed = new Map<string, number>();
    for (const { centreId } of this.openPlacements()) placed.set(centreId, (placed.get(centreId) ?? 0) + 1);
    return Promise.resolve(placed);
  }

  recordWeek(_transaction: EntityManager, weekStart: string, beyondTarget: number): Promise<void> {
    this.weeks.set(weekStart, beyondTarget);
    return Promise.resolve();
  }
  beyondTargetPerWeek(_transaction: EntityManager, weeks = 8): Promise<number[]> {
    const byWeek = [...this.weeks.entries()].sort(([a], [b]) => a.localeCompare(b));
    return Promise.resolve(byWeek.slice(-weeks).map(([, count]) => count));
  }

  private openPlacements(): Placement[] {
    return this.placements.filter((placement) => placement.leftOn === null);
  }
  private openPlacementOf(personId: string): Placement | undefined {
    return this.openPlacements().find((placement) => placement.personId === personId);
  }
  private stillInCare(): ChildRecord[] {
    return [...this.children.values()].filter((child) => child.leftCareOn === null);
  }
}
