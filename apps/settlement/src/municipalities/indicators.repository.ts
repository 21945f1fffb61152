import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { FactValue } from '#rules';

import type { Indicators } from './indicators-csv.js';

/** The indicator values policy staff supply per municipality and fact (the latest value of each is kept). */
@Injectable()
export class IndicatorsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async all(): Promise<Indicators> {
    const rows =
      await this.dataSource.query<{ municipality_number: string; fact: string; value: FactValue }[]>(
        `SELECT * FROM indicators`,
      );
    const indicators: Indicators = new Map();
    for (const row of rows) {
      indicators.set(row.municipality_number, {
        ...indicators.get(row.municipality_number),
        [row.fact]: row.value,
      });
    }
    return indicators;
  }

  /** Saves every value given; answers how many there were. */
  async save(transaction: EntityManager, indicators: Indicators, suppliedBy: string): Promise<number> {
    let count = 0;
    for (const [municipality, values] of indicators) {
      for (const [fact, value] of Object.entries(values)) {
        await transaction.query(
          `INSERT INTO indicators (municipality_number, fact, value, supplied_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (municipality_number, fact) DO UPDATE SET value = EXCLUDED.value,
             supplied_by = EXCLUDED.supplied_by, supplied_at = now()`,
          [municipality, fact, JSON.stringify(value), suppliedBy],
        );
        count += 1;
      }
    }
    return count;
  }
}
