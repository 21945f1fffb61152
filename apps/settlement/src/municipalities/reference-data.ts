import { readFileSync } from 'node:fs';
import path from 'node:path';

import { decodeText } from '#platform';

import { readCsv } from '../spreadsheets/read-csv.js';

export interface Municipality {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
  population: number;
}

export interface County {
  number: string;
  name: string;
}

/** IMDi's figures for one municipality and year; null where IMDi publishes no number (not asked, pending, suppressed). */
export interface SettlementFigures {
  year: number;
  municipalityNumber: string;
  requested: number | null;
  decided: number | null;
  settled: number | null;
}

export interface ReferenceData {
  municipalities: Municipality[];
  counties: County[];
  figures: SettlementFigures[];
}

const number = (value: string | undefined): number | null =>
  value && /^\d+$/.test(value) ? Number(value) : null;

/** IMDi's per-municipality tables, one per year (see data/SOURCES.md). */
const FIGURE_FILES = ['imdi_bosetting_kommune_2024.csv', 'imdi_bosetting_kommune_2025.csv'];

/** Reads the reference data the project ships in data/ (see data/SOURCES.md). */
export function readReferenceData(directory = 'data'): ReferenceData {
  const read = (file: string) =>
    readCsv(decodeText(readFileSync(path.join(directory, file))), file, 'data').rows.map((row) => row.cells);
  const municipalities = read('kommuner_2025.csv').map((row) => ({
    number: row.kommunenummer,
    name: row.kommunenavn,
    countyNumber: row.fylkesnummer,
    countyName: row.fylkesnavn,
    population: Number(row.population),
  }));
  const counties = read('fylker_2024.csv').map((row) => ({ number: row.fylkesnummer, name: row.fylkesnavn }));
  const figures = FIGURE_FILES.flatMap(read).map((row) => ({
    year: Number(row.year),
    municipalityNumber: row.kommunenummer,
    requested: number(row.anmodet),
    decided: number(row.vedtatt),
    settled: number(row.bosatte),
  }));
  return { municipalities, counties, figures };
}
