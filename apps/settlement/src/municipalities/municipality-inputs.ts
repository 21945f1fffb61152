import type { Indicators } from './indicators-csv.js';
import type { MunicipalityInput } from './municipality-facts.js';
import type { ReferenceData } from './reference-data.js';

/** What the service itself recorded for last year: the requests it issued and the decisions in force. */
export interface RecordedLastYear {
  requested: Map<string, number>;
  decided: Map<string, { total: number; em: number }>;
}

const NOTHING_RECORDED: RecordedLastYear = { requested: new Map(), decided: new Map() };

/**
 * The municipalities with their reference figures, last year's figures (IMDi's published ones where the data
 * has them, otherwise what the service recorded: its issued requests and the decisions in force), last year's
 * decisions on unaccompanied minors, and any supplied indicators.
 */
export function municipalityInputs(
  reference: ReferenceData,
  year: number,
  indicators: Indicators = new Map(),
  recorded: RecordedLastYear = NOTHING_RECORDED,
): MunicipalityInput[] {
  const lastYear = new Map(
    reference.figures
      .filter((figure) => figure.year === year - 1)
      .map((figure) => [figure.municipalityNumber, figure]),
  );
  return reference.municipalities.map((municipality) => {
    const figures = lastYear.get(municipality.number);
    const decided = recorded.decided.get(municipality.number);
    return {
      number: municipality.number,
      name: municipality.name,
      countyNumber: municipality.countyNumber,
      countyName: municipality.countyName,
      population: municipality.population,
      values: {
        population: municipality.population,
        countyNumber: municipality.countyNumber,
        lastYearRequested: figures?.requested ?? recorded.requested.get(municipality.number),
        lastYearDecided: figures?.decided ?? decided?.total,
        lastYearSettled: figures?.settled ?? undefined,
        lastYearDecidedEm: decided?.em,
        ...indicators.get(municipality.number),
      },
    };
  });
}
