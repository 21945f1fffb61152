import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Placement {
  placementId: number;
  householdId: string;
  municipalityNumber: string;
  topSuggestion: string | null;
  rank: number | null;
  reason: string | null;
  chosenBy: string;
  chosenAt: string;
}

@Injectable()
export class PlacementsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async add(placement: Omit<Placement, 'placementId' | 'chosenAt'>): Promise<Placement> {
    const [row] = await this.dataSource.query<{ placement_id: string; chosen_at: Date }[]>(
      `INSERT INTO placements (household_id, municipality_number, top_suggestion, rank, reason, chosen_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING placement_id, chosen_at`,
      [
        placement.householdId,
        placement.municipalityNumber,
        placement.topSuggestion,
        placement.rank,
        placement.reason,
        placement.chosenBy,
      ],
    );
    return { ...placement, placementId: Number(row.placement_id), chosenAt: row.chosen_at.toISOString() };
  }
}
