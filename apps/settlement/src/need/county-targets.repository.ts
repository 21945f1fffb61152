import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { CountyTargetsSet } from '#contracts';

export interface StoredCountyTargets extends CountyTargetsSet {
  setId: number;
  recordedAt: string;
}

interface SetRow {
  set_id: string;
  year: number;
  targets: CountyTargetsSet['targets'];
  source: string;
  set_on: string;
  recorded_at: Date;
}

/** Every county split the committee sets is kept; the latest (by the date it was set) is in force. */
@Injectable()
export class CountyTargetsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async add(transaction: EntityManager, set: CountyTargetsSet): Promise<void> {
    await transaction.query(
      `INSERT INTO county_target_sets (year, targets, source, set_on) VALUES ($1, $2, $3, $4)`,
      [set.year, JSON.stringify(set.targets), set.source, set.setOn],
    );
  }

  async current(
    year: number,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<StoredCountyTargets | undefined> {
    const [row] = await transaction.query<SetRow[]>(
      `SELECT set_id, year, targets, source, to_char(set_on, 'YYYY-MM-DD') AS set_on, recorded_at
       FROM county_target_sets WHERE year = $1 ORDER BY set_on DESC, set_id DESC LIMIT 1`,
      [year],
    );
    return row
      ? {
          setId: Number(row.set_id),
          year: row.year,
          targets: row.targets,
          source: row.source,
          setOn: row.set_on,
          recordedAt: row.recorded_at.toISOString(),
        }
      : undefined;
  }
}
