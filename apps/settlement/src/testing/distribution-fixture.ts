import { CompiledRuleSet, parseRuleSet, type RuleSetDocument } from '#rules';

import type { Indicators } from '../municipalities/indicators-csv.js';
import { municipalityInputs } from '../municipalities/municipality-inputs.js';
import type { ReferenceData } from '../municipalities/reference-data.js';
import {
  computeDistribution,
  type DistributionInput,
} from '../requests/distribution/compute-distribution.js';
import type { Distribution } from '../requests/distribution/distribution.js';

// Fixtures of the distribution's unit tests, not the shipped policy or data: a policy edit must not break a unit
// test. The shipped criteria over all 357 municipalities are checked in test/settlement/shipped-request-criteria.

export const rule = (name: string, fact: string, operator: string, value: unknown, event: object) => ({
  name,
  description: name,
  priority: ['minimum', 'em-minimum'].includes((event as { type: string }).type) ? 1 : 10,
  conditions: { all: [{ fact, operator, value }] },
  event,
});

export const FIXTURE_CRITERIA: RuleSetDocument = {
  id: 'settlement-request-criteria',
  title: 'Fixture criteria',
  description: 'A small rule set of the tests.',
  owner: 'tests',
  version: '0.1.0',
  effectiveFrom: '2026-01-01',
  facts: [
    { name: 'year', type: 'number', description: 'year', whenMissing: 'exclude' },
    { name: 'population', type: 'number', description: 'inhabitants', whenMissing: 'exclude' },
    { name: 'countyNumber', type: 'string', description: 'county', whenMissing: 'exclude' },
    { name: 'lastYearRequested', type: 'number', description: 'last year', whenMissing: { value: 0 } },
    { name: 'employmentRate', type: 'number', description: 'indicator', whenMissing: 'median' },
    {
      name: 'immigrantSharePercent',
      type: 'number',
      description: 'indicator',
      range: { min: 0, max: 100 },
      whenMissing: 'median',
    },
    { name: 'emServices', type: 'boolean', description: 'indicator', whenMissing: { value: false } },
  ],
  rules: [
    rule('large-enough', 'population', 'greaterThanInclusive', 5000, {
      type: 'eligible',
      params: { reason: '5 000 inhabitants or more' },
    }),
    rule('asked-last-year', 'lastYearRequested', 'greaterThan', 0, {
      type: 'eligible',
      params: { reason: 'asked last year' },
    }),
    rule('high-immigrant-share', 'immigrantSharePercent', 'greaterThanInclusive', 30, {
      type: 'caution',
      params: { reason: 'immigrant share of 30 % or more', factor: 0.5 },
    }),
    rule('minors-where-services-exist', 'emServices', 'equal', true, {
      type: 'em-eligible',
      params: { reason: 'has services for minors' },
    }),
    rule('minors-in-larger-municipalities', 'population', 'greaterThanInclusive', 15000, {
      type: 'em-eligible',
      params: { reason: '15 000 inhabitants or more', fallback: true },
    }),
    rule('minors-in-groups', 'year', 'greaterThan', 0, { type: 'em-minimum', params: { persons: 3 } }),
    rule('weight-population', 'population', 'greaterThan', 0, {
      type: 'criterion',
      params: { criterion: 'population', fact: 'population', weight: 0.6, direction: 'higher' },
    }),
    rule('weight-employment', 'employmentRate', 'greaterThanInclusive', 0, {
      type: 'criterion',
      params: {
        criterion: 'employment',
        fact: 'employmentRate',
        scaleBy: 'population',
        weight: 0.3,
        direction: 'higher',
        whenNoData: 'redistribute',
      },
    }),
    rule('weight-immigrant-share', 'immigrantSharePercent', 'greaterThanInclusive', 0, {
      type: 'criterion',
      params: {
        criterion: 'immigrant share',
        fact: 'immigrantSharePercent',
        weight: 0.1,
        direction: 'lower',
        whenNoData: 'redistribute',
      },
    }),
    rule('continuity', 'year', 'greaterThan', 0, {
      type: 'continuity',
      params: { basis: 'lastYearRequested', weight: 0.25 },
    }),
    rule('minimum', 'population', 'greaterThanInclusive', 5000, {
      type: 'minimum',
      params: { persons: 8, belowMinimum: 'exclude' },
    }),
    rule('minimum-small', 'population', 'lessThan', 5000, {
      type: 'minimum',
      params: { persons: 4, belowMinimum: 'exclude' },
    }),
    rule('cap', 'population', 'greaterThan', 0, { type: 'cap', params: { percentOfPopulation: 2 } }),
    rule('county-first', 'year', 'greaterThan', 0, {
      type: 'distribution-method',
      params: { method: 'county-first' },
    }),
    rule('recommendations', 'year', 'greaterThan', 0, {
      type: 'county-recommendation',
      params: { use: 'override' },
    }),
  ],
} as RuleSetDocument;

export const compileCriteria = (document: RuleSetDocument) =>
  new CompiledRuleSet(parseRuleSet(JSON.stringify(document), 'fixture criteria'));

/** The fixture criteria changed by `change` (a copy). */
export function criteriaWith(change: (document: RuleSetDocument) => void): CompiledRuleSet {
  const document = structuredClone(FIXTURE_CRITERIA);
  change(document);
  return compileCriteria(document);
}

export const COUNTIES = { '01': 'Nordfylke', '02': 'Vestfylke', '03': 'Sørfylke' } as const;
/** number, name, county, population, requested last year, settled last year */
const MUNICIPALITIES: [string, string, keyof typeof COUNTIES, number, number, number | null][] = [
  ['0101', 'Storby', '01', 200000, 300, 280],
  ['0102', 'Mellomby', '01', 40000, 60, 55],
  ['0103', 'Småby', '01', 8000, 12, 12],
  ['0104', 'Liten', '01', 3000, 0, null],
  ['0105', 'Tiny', '01', 150, 2, 1],
  ['0201', 'Havby', '02', 120000, 150, 160],
  ['0202', 'Fjordby', '02', 25000, 30, 20],
  ['0203', 'Dalby', '02', 6000, 0, null],
  ['0204', 'Øyby', '02', 4500, 6, 6],
  ['0301', 'Sørby', '03', 60000, 80, 75],
  ['0302', 'Skogby', '03', 12000, 15, 15],
  ['0303', 'Bygd', '03', 5200, 0, null],
];

export const FIXTURE_REFERENCE: ReferenceData = {
  municipalities: MUNICIPALITIES.map(([number, name, county, population]) => ({
    number,
    name,
    countyNumber: county,
    countyName: COUNTIES[county],
    population,
  })),
  counties: Object.entries(COUNTIES).map(([number, name]) => ({ number, name })),
  figures: MUNICIPALITIES.map(([number, , , , requested, settled]) => ({
    year: 2025,
    municipalityNumber: number,
    requested,
    decided: requested,
    settled,
  })),
};

export const FIXTURE_MUNICIPALITIES = new Set(MUNICIPALITIES.map(([number]) => number));
export const FIXTURE_COMPUTED_AT = '2026-01-15T08:00:00.000Z';

export const fixtureCriteria = compileCriteria(FIXTURE_CRITERIA);

/** A distribution of 1 000 persons (10 minors under 15, 40 aged 15–18) over the fixture, with any changes given. */
export const distributeFixture = (
  input: Partial<DistributionInput> & { indicators?: Indicators } = {},
): Promise<Distribution> => {
  const { indicators, ...rest } = input;
  return computeDistribution({
    year: 2026,
    total: 1000,
    em: { under15: 10, from15To18: 40 },
    criteria: fixtureCriteria,
    municipalities: municipalityInputs(FIXTURE_REFERENCE, 2026, indicators),
    computedAt: FIXTURE_COMPUTED_AT,
    ...rest,
  });
};

export const sumOf = (figures: { requested: number }[]) =>
  figures.reduce((total, m) => total + m.requested, 0);

export const byNumber = (distribution: Distribution) =>
  new Map(distribution.municipalities.map((m) => [m.kommunenummer, m]));
