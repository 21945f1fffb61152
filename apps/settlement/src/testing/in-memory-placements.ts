import type { EntityManager } from 'typeorm';

import type {
  NewPlacement,
  Placement,
  PlacementsRepository,
  PlacementStatus,
} from '../matching/placements.repository.js';

type PlacementsPort = Pick<PlacementsRepository, 'lock' | 'add' | 'get' | 'openOf' | 'openInYear' | 'close'>;

/** The `placements` table as plain memory, for unit tests of use cases; it counts the locks taken. */
export class InMemoryPlacements implements PlacementsPort {
  readonly rows: Placement[] = [];
  locks = 0;

  lock(): Promise<void> {
    this.locks += 1;
    return Promise.resolve();
  }

  add(_transaction: EntityManager, placement: NewPlacement): Promise<Placement> {
    const row: Placement = {
      ...placement,
      placementId: this.rows.length + 1,
      chosenAt: '2026-11-24T10:00:00.000Z',
      status: 'open',
      cancellationReason: null,
      closedAt: null,
    };
    this.rows.push(row);
    return Promise.resolve({ ...row });
  }

  get(placementId: number): Promise<Placement | undefined> {
    const row = this.rows.find((placement) => placement.placementId === placementId);
    return Promise.resolve(row && { ...row });
  }

  openOf(householdId: string): Promise<Placement | undefined> {
    const row = this.rows.find((p) => p.householdId === householdId && p.status === 'open');
    return Promise.resolve(row && { ...row });
  }

  openInYear(year: number): Promise<Placement[]> {
    return Promise.resolve(
      this.rows.filter((p) => p.year === year && p.status === 'open').map((p) => ({ ...p })),
    );
  }

  close(
    _transaction: EntityManager,
    placementId: number,
    status: Exclude<PlacementStatus, 'open'>,
    cancellationReason: string | null = null,
  ): Promise<Placement> {
    const row = this.rows.find((placement) => placement.placementId === placementId)!;
    Object.assign(row, { status, cancellationReason, closedAt: '2026-11-25T10:00:00.000Z' });
    return Promise.resolve({ ...row });
  }
}
