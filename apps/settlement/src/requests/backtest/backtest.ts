import { RejectedError } from '#domain';
import type { CompiledRuleSet } from '#rules';

import type { Indicators } from '../../municipalities/indicators-csv.js';
import { municipalityInputs } from '../../municipalities/municipality-inputs.js';
import type { ReferenceData } from '../../municipalities/reference-data.js';
import { apportion } from '../distribution/apportion.js';
import { computeDistribution } from '../distribution/compute-distribution.js';
import type { CountyTarget } from '../distribution/distribution.js';
import { type Agreement, agreement } from './agreement.js';

export interface BacktestInput {
  criteria: CompiledRuleSet;
  reference: ReferenceData;
  /** The year whose figures the criteria read (as last year's). */
  from: number;
  /** The year whose published requests the result is compared with. */
  to: number;
  indicators?: Indicators;
  /** A county split to distribute within (for example the committee's split of the year compared with). */
  countyTargets?: CountyTarget[];
  computedAt: string;
}

export interface MunicipalityComparison {
  kommunenummer: string;
  kommunenavn: string;
  fylkesnummer: string;
  computed: number;
  published: number;
  difference: number;
}

export interface CountyComparison {
  fylkesnummer: string;
  fylkesnavn: string;
  computed: number;
  published: number;
  difference: number;
}

/** Municipalities asked (a request of 1 or more) by the method, by IMDi, by both, by neither. */
export interface AskedComparison {
  computed: number;
  published: number;
  both: number;
  computedOnly: number;
  publishedOnly: number;
  neither: number;
}

export interface MethodComparison extends Agreement {
  method: string;
  asked: AskedComparison;
  largestDifferences: MunicipalityComparison[];
  counties: CountyComparison[];
  warnings: string[];
}

export interface BacktestReport {
  from: number;
  to: number;
  /** The published requests' sum: the total both methods distribute. */
  total: number;
  /** Whether the criteria distributed within a county split given with the backtest. */
  followsCountyTargets: boolean;
  municipalities: number;
  criteria: MethodComparison;
  carryingOver: MethodComparison;
  /** Every municipality's published request and what each method gives it. */
  figures: {
    kommunenummer: string;
    kommunenavn: string;
    published: number;
    criteria: number;
    carryingOver: number;
  }[];
}

const LARGEST = 10;

/**
 * Applies the criteria to one year's figures and compares the result with the requests IMDi published for the
 * next year; does the same for the simplest alternative, last year's requests scaled to the new total.
 */
export async function backtest(input: BacktestInput): Promise<BacktestReport> {
  const { reference, from, to } = input;
  if (to !== from + 1)
    throw new RejectedError(`The criteria read last year's figures: "to" must be ${from + 1}`, 'to');
  const published = figuresOf(reference, to, 'to');
  const lastYear = figuresOf(reference, from, 'from');
  const total = [...published.values()].reduce((sum, value) => sum + value, 0);
  const distribution = await computeDistribution({
    year: to,
    total,
    criteria: input.criteria,
    municipalities: municipalityInputs(reference, to, input.indicators),
    countyTargets: input.countyTargets,
    computedAt: input.computedAt,
  });
  const byCriteria = new Map(distribution.municipalities.map((m) => [m.kommunenummer, m.requested]));
  const carried = new Map(
    apportion(
      total,
      reference.municipalities.map((m) => ({
        id: m.number,
        weight: lastYear.get(m.number) ?? 0,
        minimum: 0,
        maximum: Number.MAX_SAFE_INTEGER,
        belowMinimum: 'exclude' as const,
      })),
    ).map((allocation) => [allocation.id, allocation.persons]),
  );
  const compare = (method: string, computed: Map<string, number>, warnings: string[]) =>
    comparison(method, reference, computed, published, warnings);
  return {
    from,
    to,
    total,
    followsCountyTargets: distribution.followsCountyTargets,
    municipalities: reference.municipalities.length,
    criteria: compare(`${input.criteria.id} ${input.criteria.version}`, byCriteria, distribution.warnings),
    carryingOver: compare(`${from}'s requests scaled to the new total`, carried, []),
    figures: reference.municipalities.map((m) => ({
      kommunenummer: m.number,
      kommunenavn: m.name,
      published: published.get(m.number) ?? 0,
      criteria: byCriteria.get(m.number) ?? 0,
      carryingOver: carried.get(m.number) ?? 0,
    })),
  };
}

/** IMDi's published requests of a year by municipality (not asked: 0); refused when the year has none. */
function figuresOf(reference: ReferenceData, year: number, field: 'from' | 'to'): Map<string, number> {
  const figures = reference.figures.filter((figure) => figure.year === year);
  if (figures.length === 0)
    throw new RejectedError(`There are no published requests per municipality for ${year}`, field);
  return new Map(figures.map((figure) => [figure.municipalityNumber, figure.requested ?? 0]));
}

function comparison(
  method: string,
  reference: ReferenceData,
  computed: Map<string, number>,
  published: Map<string, number>,
  warnings: string[],
): MethodComparison {
  const rows: MunicipalityComparison[] = reference.municipalities.map((m) => {
    const mine = computed.get(m.number) ?? 0;
    const theirs = published.get(m.number) ?? 0;
    return {
      kommunenummer: m.number,
      kommunenavn: m.name,
      fylkesnummer: m.countyNumber,
      computed: mine,
      published: theirs,
      difference: mine - theirs,
    };
  });
  const countBy = (test: (row: MunicipalityComparison) => boolean) => rows.filter(test).length;
  return {
    method,
    ...agreement(
      rows.map((row) => row.computed),
      rows.map((row) => row.published),
    ),
    asked: {
      computed: countBy((row) => row.computed > 0),
      published: countBy((row) => row.published > 0),
      both: countBy((row) => row.computed > 0 && row.published > 0),
      computedOnly: countBy((row) => row.computed > 0 && row.published === 0),
      publishedOnly: countBy((row) => row.computed === 0 && row.published > 0),
      neither: countBy((row) => row.computed === 0 && row.published === 0),
    },
    largestDifferences: [...rows]
      .sort(
        (a, b) =>
          Math.abs(b.difference) - Math.abs(a.difference) || a.kommunenummer.localeCompare(b.kommunenummer),
      )
      .slice(0, LARGEST),
    counties: reference.counties.map((county) => {
      const members = rows.filter((row) => row.fylkesnummer === county.number);
      const computedSum = members.reduce((sum, row) => sum + row.computed, 0);
      const publishedSum = members.reduce((sum, row) => sum + row.published, 0);
      return {
        fylkesnummer: county.number,
        fylkesnavn: county.name,
        computed: computedSum,
        published: publishedSum,
        difference: computedSum - publishedSum,
      };
    }),
    warnings,
  };
}
