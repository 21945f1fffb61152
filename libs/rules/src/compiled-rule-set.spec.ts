import { CompiledRuleSet } from './compiled-rule-set.js';
import { loadRuleSetFile } from './load-rule-set.js';

describe('CompiledRuleSet with the shipped reception escalation rules', () => {
  const ruleSet = new CompiledRuleSet(loadRuleSetFile('rules/reception/escalations.json'));
  const calm = {
    nationalResidents: 90,
    nationalCapacity: 100,
    nationalOccupancyPercent: 90,
    centreResidents: 40,
    centreCapacity: 50,
    centreOccupancyPercent: 80,
    hostMunicipalityPlaces: [],
    placesNeededForTargetOccupancy: 0,
    countyOccupancyPercent: null,
    nationalOccupancyPercentPerDay: [],
    arrivalsAgainstForecast: [],
    residentsWithPermitBeyondTarget: 0,
  };

  it('fires nothing below the thresholds, and reports every rule as not fired', async () => {
    const outcomes = await ruleSet.evaluate(calm);
    expect(outcomes.map((outcome) => [outcome.rule, outcome.fired]).sort()).toEqual([
      ['arrivals-off-forecast', false],
      ['capacity-change-at-host-municipality', false],
      ['centre-over-capacity', false],
      ['county-occupancy-high', false],
      ['national-occupancy-high', false],
      ['permits-waiting-in-reception', false],
      ['use-below-steering-target', false],
    ]);
  });

  it('fires the national rule at 95 % with the facts it read', async () => {
    const outcomes = await ruleSet.evaluate({ ...calm, nationalResidents: 95, nationalOccupancyPercent: 95 });
    const national = outcomes.find((outcome) => outcome.rule === 'national-occupancy-high');
    expect(national).toMatchObject({
      fired: true,
      params: { scope: 'national', severity: 'high' },
      facts: { nationalCapacity: 100, nationalOccupancyPercent: 95 },
    });
  });

  it('fires the centre rule when residents exceed places, comparing two facts', async () => {
    const outcomes = await ruleSet.evaluate({ ...calm, centreResidents: 51 });
    const centre = outcomes.find((outcome) => outcome.rule === 'centre-over-capacity');
    expect(centre).toMatchObject({ fired: true, facts: { centreResidents: 51, centreCapacity: 50 } });
  });

  it('does not fire on a missing percentage (no places at all)', async () => {
    const outcomes = await ruleSet.evaluate({ ...calm, nationalCapacity: 0, nationalOccupancyPercent: null });
    expect(outcomes.find((outcome) => outcome.rule === 'national-occupancy-high')?.fired).toBe(false);
  });
});
