import { CompiledRuleSet, parseRuleSet } from '#rules';

import { RECEPTION_ESCALATIONS } from '../reception-rule-sets.js';

const fact = (name: string, type = 'number') => ({ name, type, unit: 'count', description: name });

/**
 * A reception escalation rule set of the tests' own, not the shipped policy: its numbers differ from the
 * shipped ones on purpose, so a test shows where a value comes from.
 */
export function receptionRulesFixture({ targetOccupancyPercent = 80, permitWaitingLimitMonths = 3 } = {}) {
  const document = {
    id: RECEPTION_ESCALATIONS,
    title: 'Reception escalations for unit tests',
    description: 'A fixture of the unit tests.',
    owner: 'tests',
    version: '9.0.0',
    effectiveFrom: '2026-01-01',
    parameters: [
      {
        name: 'targetOccupancyPercent',
        value: targetOccupancyPercent,
        unit: 'percent',
        description: 'target',
        range: { min: 1, max: 100 },
      },
      {
        name: 'permitWaitingLimitMonths',
        value: permitWaitingLimitMonths,
        unit: 'months',
        description: 'limit',
        range: { min: 1, max: 36 },
      },
    ],
    facts: [
      fact('nationalOccupancyPercent'),
      fact('centreResidents'),
      fact('centreCapacity'),
      fact('hostMunicipalityPlaces', 'series'),
    ],
    rules: [
      {
        name: 'national-full',
        description: 'Nearly full',
        conditions: {
          all: [{ fact: 'nationalOccupancyPercent', operator: 'greaterThanInclusive', value: 95 }],
        },
        event: { type: 'escalation', params: { scope: 'national', severity: 'high', message: 'full' } },
      },
      {
        name: 'centre-over',
        description: 'Over its places',
        conditions: {
          all: [{ fact: 'centreResidents', operator: 'greaterThan', value: { fact: 'centreCapacity' } }],
        },
        event: { type: 'escalation', params: { scope: 'centre', severity: 'critical', message: 'over' } },
      },
      {
        name: 'warn-host',
        description: 'Ten places more or fewer at a host municipality',
        conditions: {
          all: [{ fact: 'hostMunicipalityPlaces', operator: 'absoluteChangeAtLeast', value: 10 }],
        },
        event: {
          type: 'early-warning',
          params: { recipient: 'host-municipality', message: 'places change' },
        },
      },
    ],
  };
  return new CompiledRuleSet(parseRuleSet(JSON.stringify(document), 'reception-rules.fixture.json'));
}
