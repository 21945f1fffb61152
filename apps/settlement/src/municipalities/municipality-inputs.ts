import type { Indicators } from './indicators-csv.js';
import type { MunicipalityInput } from './municipality-facts.js';
import type { ReferenceData } from './reference-data.js';

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
