import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { County, ReferenceData } from './reference-data.js';

interface MunicipalityRow {
  municipality_number: string;
  name: string;
  county_number: string;
  county_name: string;
  population: number;
}

interface FiguresRow {
  year: number;
  municipality_number: string;
  requested: number | null;
  decided: number | null;
  settled: number | null;
}

/** Municipalities, counties and IMDi's yearly figures per municipality: the reference data of the settlement schema. */
@Injectable()
export class MunicipalitiesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Upserts the reference data, so loading the same files again changes nothing. */
  async seed(transaction: EntityManager, reference: ReferenceData, source: string): Promise<void> {
    for (const county of reference.counties) {
      await transaction.query(
        `INSERT INTO counties (county_number, name) VALUES ($1, $2) ON CONFLICT (county_number) DO UPDATE SET name = EXCLUDED.name`,
        [county.number, county.name],
      );
    }
    await transaction.query(
      `INSERT INTO municipalities (municipality_number, name, county_number, population)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
       ON CONFLICT (municipality_number) DO UPDATE SET name = EXCLUDED.name,
         county_number = EXCLUDED.county_number, population = EXCLUDED.population`,
      [
        reference.municipalities.map((m) => m.number),
        reference.municipalities.map((m) => m.name),
        reference.municipalities.map((m) => m.countyNumber),
        reference.municipalities.map((m) => m.population),
      ],
    );
    await transaction.query(
      `INSERT INTO settlement_figures (year, municipality_number, requested, decided, settled, source)
       SELECT y, m, r, d, s, $6 FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::int[]) AS t(y, m, r, d, s)
       ON CONFLICT (year, municipality_number) DO UPDATE SET requested = EXCLUDED.requested,
         decided = EXCLUDED.decided, settled = EXCLUDED.settled, source = EXCLUDED.source`,
      [
        reference.figures.map((f) => f.year),
        reference.figures.map((f) => f.municipalityNumber),
        reference.figures.map((f) => f.requested),
        reference.figures.map((f) => f.decided),
        reference.figures.map((f) => f.settled),
        source,
      ],
    );
  }

  /** Every municipality (by number) with its county, every county, and every yearly figure. */
  async read(): Promise<ReferenceData> {
    const municipalities = await this.dataSource.query<MunicipalityRow[]>(
      `SELECT m.*, c.name AS county_name FROM municipalities m JOIN counties c USING (county_number) ORDER BY municipality_number`,
    );
    const counties = await this.counties();
    const figures = await this.dataSource.query<FiguresRow[]>(`SELECT * FROM settlement_figures`);
    return {
      municipalities: municipalities.map((row) => ({
        number: row.municipality_number,
        name: row.name,
        countyNumber: row.county_number,
        countyName: row.county_name,
        population: row.population,
      })),
      counties,
      figures: figures.map((row) => ({
        year: row.year,
        municipalityNumber: row.municipality_number,
        requested: row.requested,
        decided: row.decided,
        settled: row.settled,
      })),
    };
  }

  async counties(transaction: EntityManager = this.dataSource.manager): Promise<County[]> {
    const rows = await transaction.query<{ county_number: string; name: string }[]>(
      `SELECT county_number, name FROM counties ORDER BY county_number`,
    );
    return rows.map((row) => ({ number: row.county_number, name: row.name }));
  }

  async exists(number: string, transaction: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await transaction.query<unknown[]>(
      'SELECT 1 FROM municipalities WHERE municipality_number = $1',
      [number],
    );
    return rows.length > 0;
  }
}
