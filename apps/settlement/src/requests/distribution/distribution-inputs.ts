import type { FactDeclaration, FactValue } from '#rules';
import { parseCsv, toCsv } from '../../reference-data/csv.js';
import type { ReferenceData } from '../../reference-data/reference-data.js';
import type { CountyRecommendation, Distribution } from './distribution.js';
import type { MunicipalityInput } from './municipality-facts.js';

export class InputError extends Error {}

/** Indicator values by municipality number and fact name, as policy staff supply them. */
export type Indicators = Map<string, Record<string, FactValue>>;

/** The municipalities with their reference figures, last year's IMDi figures and any supplied indicators. */
export function municipalityInputs(
  reference: ReferenceData,
  year: number,
  indicators: Indicators = new Map(),
): MunicipalityInput[] {
  const lastYear = new Map(
    reference.figures
      .filter((figure) => figure.year === year - 1)
      .map((figure) => [figure.municipalityNumber, figure]),
  );
  return reference.municipalities.map((municipality) => {
    const figures = lastYear.get(municipality.number);
    return {
      number: municipality.number,
      name: municipality.name,
      countyNumber: municipality.countyNumber,
      countyName: municipality.countyName,
      population: municipality.population,
      values: {
        population: municipality.population,
        countyNumber: municipality.countyNumber,
        lastYearRequested: figures?.requested ?? undefined,
        lastYearDecided: figures?.decided ?? undefined,
        lastYearSettled: figures?.settled ?? undefined,
        ...indicators.get(municipality.number),
      },
    };
  });
}

/**
 * Reads an indicator CSV: a `kommunenummer` column and one column per fact, named as in the rule set.
 * An empty cell is a missing value (handled as the rule set says for that fact).
 */
export function parseIndicatorsCsv(
  text: string,
  declarations: FactDeclaration[],
  knownMunicipalities: Set<string>,
): Indicators {
  const rows = parseCsv(text);
  const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
  const indicators: Indicators = new Map();
  rows.forEach((row, index) => {
    const line = index + 2;
    const number = row.kommunenummer;
    if (!number)
      throw new InputError(`indicators, line ${line}: the kommunenummer column is missing or empty`);
    if (!knownMunicipalities.has(number))
      throw new InputError(`indicators, line ${line}: ${number} is not a municipality`);
    const values: Record<string, FactValue> = {};
    for (const [column, cell] of Object.entries(row)) {
      if (column === 'kommunenummer' || cell === '') continue;
      const declaration = byName.get(column);
      if (!declaration)
        throw new InputError(`indicators: the column "${column}" is not a fact of the criteria`);
      if (declaration.type === 'number') {
        const value = Number(cell.replace(',', '.'));
        if (!Number.isFinite(value))
          throw new InputError(`indicators, line ${line}: ${column} "${cell}" is not a number`);
        values[column] = value;
      } else if (declaration.type === 'boolean') {
        if (!['true', 'false', 'ja', 'nei', '1', '0'].includes(cell.toLowerCase())) {
          throw new InputError(`indicators, line ${line}: ${column} "${cell}" must be true or false`);
        }
        values[column] = ['true', 'ja', '1'].includes(cell.toLowerCase());
      } else values[column] = cell;
    }
    indicators.set(number, values);
  });
  return indicators;
}

/** Reads county authorities' recommendations: kommunenummer, persons and (optionally) em. */
export function parseCountyRecommendationsCsv(
  text: string,
  knownMunicipalities: Set<string>,
): CountyRecommendation[] {
  return parseCsv(text).map((row, index) => {
    const line = index + 2;
    if (!knownMunicipalities.has(row.kommunenummer))
      throw new InputError(`recommendations, line ${line}: "${row.kommunenummer}" is not a municipality`);
    const persons = Number(row.persons);
    if (!Number.isInteger(persons) || persons < 0)
      throw new InputError(`recommendations, line ${line}: persons must be a whole number`);
    const em = row.em ? Number(row.em) : undefined;
    if (em !== undefined && (!Number.isInteger(em) || em < 0 || em > persons)) {
      throw new InputError(`recommendations, line ${line}: em must be a whole number no larger than persons`);
    }
    return { municipalityNumber: row.kommunenummer, persons, em };
  });
}

export const DISTRIBUTION_CSV_HEADER = [
  'kommunenummer',
  'kommunenavn',
  'fylkesnummer',
  'requested',
  'of_which_em',
];

export function distributionCsv(distribution: Pick<Distribution, 'municipalities'>): string {
  return toCsv(
    DISTRIBUTION_CSV_HEADER,
    distribution.municipalities.map((m) => [
      m.kommunenummer,
      m.kommunenavn,
      m.fylkesnummer,
      m.requested,
      m.em,
    ]),
  );
}
