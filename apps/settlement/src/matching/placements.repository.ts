import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export type PlacementStatus = 'open' | 'settled' | 'cancelled';

/**
 * A caseworker's choice of municipality for a household. While open it reserves the municipality's decided
 * capacity in its year for the members still waiting; it closes when nobody in the household waits any more
 * (settled) or when it is cancelled.
 */
export interface Placement {
  placementId: number;
  householdId: string;
  municipalityNumber: string;
  /** The year whose decided capacity it uses. */
  year: number;
  topSuggestion: string | null;
  rank: number | null;
  reason: string | null;
  chosenBy: string;
  chosenAt: string;
  status: PlacementStatus;
  cancellationReason: string | null;
  closedAt: string | null;
}

export type NewPlacement = Omit<
  Placement,
  'placementId' | 'chosenAt' | 'status' | 'cancellationReason' | 'closedAt'
>;

interface PlacementRow {
  placement_id: string;
  household_id: string;
  municipality_number: string;
  year: number;
  top_suggestion: string | null;
  rank: number | null;
  reason: string | null;
  chosen_by: string;
  chosen_at: Date;
  status: PlacementStatus;
  cancellation_reason: string | null;
  closed_at: Date | null;
}

const toPlacement = (row: PlacementRow): Placement => ({
  placementId: Number(row.placement_id),
  householdId: row.household_id,
  municipalityNumber: row.municipality_number,
  year: row.year,
  topSuggestion: row.top_suggestion,
  rank: row.rank,
  reason: row.reason,
  chosenBy: row.chosen_by,
  chosenAt: row.chosen_at.toISOString(),
  status: row.status,
  cancellationReason: row.cancellation_reason,
  closedAt: row.closed_at?.toISOString() ?? null,
});

@Injectable()
export class PlacementsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Serialises placements and cancellations, so two cannot both take the last free capacity or both open one. */
  async lock(transaction: EntityManager): Promise<void> {
    await transaction.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['settlement:placements']);
  }

  async add(transaction: EntityManager, placement: NewPlacement): Promise<Placement> {
    const [row] = await transaction.query<PlacementRow[]>(
      `INSERT INTO placements (household_id, municipality_number, year, top_suggestion, rank, reason, chosen_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [
        placement.householdId,
        placement.municipalityNumber,
        placement.year,
        placement.topSuggestion,
        placement.rank,
        placement.reason,
        placement.chosenBy,
      ],
    );
    return toPlacement(row);
  }

  async get(
    placementId: number,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<Placement | undefined> {
    const rows = await transaction.query<PlacementRow[]>(`SELECT * FROM placements WHERE placement_id = $1`, [
      placementId,
    ]);
    return rows[0] ? toPlacement(rows[0]) : undefined;
  }

  /** The household's open placement, if it has one (it can have one at most). */
  async openOf(
    householdId: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<Placement | undefined> {
    const rows = await transaction.query<PlacementRow[]>(
      `SELECT * FROM placements WHERE household_id = $1 AND status = 'open'`,
      [householdId],
    );
    return rows[0] ? toPlacement(rows[0]) : undefined;
  }

  /** The open placements using a year's decided capacity. */
  async openInYear(year: number, transaction: EntityManager = this.dataSource.manager): Promise<Placement[]> {
    const rows = await transaction.query<PlacementRow[]>(
      `SELECT * FROM placements WHERE year = $1 AND status = 'open' ORDER BY placement_id`,
      [year],
    );
    return rows.map(toPlacement);
  }

  /** Closes an open placement: settled, or cancelled with the reason. */
  async close(
    transaction: EntityManager,
    placementId: number,
    status: Exclude<PlacementStatus, 'open'>,
    cancellationReason: string | null = null,
  ): Promise<Placement> {
    // For an UPDATE, the PostgreSQL driver answers [rows, affected].
    const [[row]] = await transaction.query<[PlacementRow[], number]>(
      `UPDATE placements SET status = $2, cancellation_reason = $3, closed_at = now()
       WHERE placement_id = $1 AND status = 'open' RETURNING *`,
      [placementId, status, cancellationReason],
    );
    return toPlacement(row);
  }
}
