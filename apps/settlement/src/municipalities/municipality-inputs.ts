import type { Indicators } from './indicators-csv.js';
import type { MunicipalityInput } from './municipality-facts.js';
import type { ReferenceData } from './reference-data.js';

/**
 * The municipalities with their reference figures, last year's IMDi figures, last year's decisions on
 * unaccompanied minors (as the service recorded them) and any supplied indicators.
 */
export function municipalityInputs(
  reference: ReferenceData,
  year: number,
  indicators: Indicators = new Map(),
  emDecidedLastYear: Map<string, number> = new Map(),
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
        lastYearDecidedEm: emDecidedLastYear.get(municipality.number),
        ...indicators.get(municipality.number),
      },
    };
  });
}
