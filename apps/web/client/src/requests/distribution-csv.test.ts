import { describe, expect, it } from 'vitest';

import { distributionCsv } from './distribution-csv';
import type { Distribution, MunicipalityRequest } from './distribution-types';
import { explanationWords } from './explanation-words';

const municipality = (over: Partial<MunicipalityRequest>): MunicipalityRequest => ({
  kommunenummer: '4601',
  kommunenavn: 'Bergen',
  fylkesnummer: '46',
  fylkesnavn: 'Vestland',
  requested: 120,
  em: 6,
  emUnder15: 2,
  em15To18: 4,
  explanation: {
    eligible: true,
    reasons: [],
    criteria: [
      {
        criterion: 'population',
        fact: 'population',
        value: 291000,
        measure: 'population^0.6',
        weight: 0.5,
        share: 0.0425,
      },
    ],
    criteriaShare: 0.04,
    cautions: [],
    weight: 0.04,
    quota: 120.4,
    adjustments: ['rounded to 120'],
  },
  ...over,
});

const distribution = (municipalities: MunicipalityRequest[]): Distribution => ({
  distributionId: 'd',
  status: 'draft',
  year: 2026,
  total: 120,
  em: 6,
  ruleSet: { id: 'request-criteria', version: '2.0.0' },
  municipalities,
  warnings: [],
  issuedAt: null,
  issuedBy: null,
});

describe('the draft distribution as CSV and in words', () => {
  it('explains a figure by its criteria, weights and adjustments', () => {
    expect(explanationWords(municipality({}).explanation, 'nb')).toBe(
      'population 4,25 % (vekt 0.5); rounded to 120',
    );
    expect(explanationWords(municipality({}).explanation, 'en')).toBe(
      'population 4.25 % (weight 0.5); rounded to 120',
    );
    expect(
      explanationWords({ ...municipality({}).explanation, eligible: false, reasons: ['no reception'] }, 'nb'),
    ).toBe('Ikke anmodet: no reception');
  });

  it("writes the service's columns with quoting where a cell needs it", () => {
    const csv = distributionCsv(
      distribution([
        municipality({}),
        municipality({ kommunenummer: '0301', kommunenavn: 'Oslo, "hovedstaden"' }),
      ]),
      (m) => explanationWords(m.explanation, 'nb'),
    );
    const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'kommunenummer,kommunenavn,fylkesnummer,requested,of_which_em,em_under_15,em_15_to_18,explanation',
    );
    expect(lines[1]).toBe('4601,Bergen,46,120,6,2,4,"population 4,25 % (vekt 0.5); rounded to 120"');
    expect(lines[2].startsWith('0301,"Oslo, ""hovedstaden""",46,')).toBe(true);
  });
});
