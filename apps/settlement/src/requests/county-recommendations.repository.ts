import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { CountyRecommendation } from './distribution/distribution.js';

export interface StoredCountyRecommendation extends CountyRecommendation {
  countyNumber: string;
  source: string;
  recordedAt: string;
}

interface RecommendationRow {
  municipality_number: string;
  county_number: string;
  persons: number;
  em_under_15: number | null;
  em_15_to_18: number | null;
  source: string;
  recorded_at: Date;
}

/** County authorities' recommended figures per municipality and year; a county's new set replaces its old one. */
@Injectable()
export class CountyRecommendationsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async replaceCounty(
    transaction: EntityManager,
    year: number,
    countyNumber: string,
    recommendations: CountyRecommendation[],
    source: string,
  ): Promise<void> {
    await transaction.query(`DELETE FROM county_recommendations WHERE year = $1 AND county_number = $2`, [
      year,
      countyNumber,
    ]);
    for (const recommendation of recommendations) {
      await transaction.query(
        `INSERT INTO county_recommendations (year, municipality_number, county_number, persons, em_under_15, em_15_to_18, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          year,
          recommendation.municipalityNumber,
          countyNumber,
          recommendation.persons,
          recommendation.emUnder15 ?? null,
          recommendation.em15To18 ?? null,
          source,
        ],
      );
    }
  }

  async ofYear(year: number): Promise<StoredCountyRecommendation[]> {
    const rows = await this.dataSource.query<RecommendationRow[]>(
      `SELECT * FROM county_recommendations WHERE year = $1 ORDER BY municipality_number`,
      [year],
    );
    return rows.map((row) => ({
      municipalityNumber: row.municipality_number,
      countyNumber: row.county_number,
      persons: row.persons,
      ...(row.em_under_15 === null ? {} : { emUnder15: row.em_under_15 }),
      ...(row.em_15_to_18 === null ? {} : { em15To18: row.em_15_to_18 }),
      source: row.source,
      recordedAt: row.recorded_at.toISOString(),
    }));
  }
}
