import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runRuleSetTests } from './rule-set-tests.js';

describe('runRuleSetTests', () => {
  it('passes the shipped reception cases', async () => {
    const results = await runRuleSetTests('rules/reception/escalations.json');
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((result) => !result.passed)).toEqual([]);
  });

  it('fails a case with the reason and the evaluation in words', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'rule-tests-'));
    const file = path.join(directory, 'escalations.json');
    copyFileSync('rules/reception/escalations.json', file);
    writeFileSync(
      path.join(directory, 'escalations.test.json'),
      JSON.stringify({
        cases: [
          {
            name: 'wrongly expects an escalation at 94 %',
            facts: {
              nationalResidents: 94,
              nationalCapacity: 100,
              nationalOccupancyPercent: 94,
              centreResidents: 1,
              centreCapacity: 2,
              centreOccupancyPercent: 50,
              hostMunicipalityPlaces: [],
              placesNeededForTargetOccupancy: 0,
              countyOccupancyPercent: null,
              nationalOccupancyPercentPerDay: [],
              arrivalsAgainstForecast: [],
              residentsWithPermitBeyondTarget: 0,
            },
            expect: { events: [{ rule: 'national-occupancy-high' }], absent: ['no-such-rule'] },
          },
        ],
      }),
    );
    const [result] = await runRuleSetTests(file);
    expect(result.passed).toBe(false);
    expect(result.reasons[0]).toContain('expected "national-occupancy-high" to fire, but it did not');
    expect(result.reasons[0]).toContain('nationalOccupancyPercent (94) is at least 95: no');
    expect(result.reasons[1]).toBe(
      'expected rule "no-such-rule" not to fire, but the rule set has no such rule',
    );
  });
});
