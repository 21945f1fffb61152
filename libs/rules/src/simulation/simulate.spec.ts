import { CompiledRuleSet } from '../compiled-rule-set.js';
import { loadRuleSetFile, parseRuleSet } from '../load-rule-set.js';
import { type HistoricalEvaluation, simulate } from './simulate.js';

const facts = (percent: number, centreResidents = 10) => ({
  nationalResidents: percent,
  nationalCapacity: 100,
  nationalOccupancyPercent: percent,
  centreResidents,
  centreCapacity: 20,
  centreOccupancyPercent: centreResidents * 5,
  hostMunicipalityPlaces: [],
  placesNeededForTargetOccupancy: 0,
  countyOccupancyPercent: null,
  nationalOccupancyPercentPerDay: [],
  arrivalsAgainstForecast: [],
  residentsWithPermitBeyondTarget: 0,
});

describe('simulate', () => {
  const loaded = loadRuleSetFile('rules/reception/escalations.json');
  const active = new CompiledRuleSet(loaded);
  const document = structuredClone(loaded.document);
  document.version = '1.1.0';
  (document.rules[0].conditions as { all: { value: unknown }[] }).all[1].value = 90;
  const centreRule = document.rules.find((rule) => rule.name === 'centre-over-capacity')!;
  centreRule.event.params = { ...centreRule.event.params, severity: 'warning' };
  const candidate = new CompiledRuleSet(parseRuleSet(JSON.stringify(document), 'candidate'));
  const history: HistoricalEvaluation[] = [80, 91, 93, 96].map((percent, index) => ({
    decisionId: `d-${index}`,
    subject: 'centre:A',
    evaluatedAt: `2026-11-0${index + 1}T00:00:00.000Z`,
    facts: facts(percent, index === 3 ? 25 : 10),
  }));

  it('reports decisions that would appear and change, with counts and examples', async () => {
    const report = await simulate(active, candidate, history);
    expect(report.evaluations).toBe(4);
    expect(report.unchanged).toBe(1);
    expect(report.appear).toMatchObject({ count: 2, byRule: { 'national-occupancy-high': 2 } });
    expect(report.appear.examples.map((example) => example.decisionId)).toEqual(['d-1', 'd-2']);
    expect(report.change).toMatchObject({ count: 1, byRule: { 'centre-over-capacity': 1 } });
    expect(report.change.examples[0]).toMatchObject({
      activeParams: { severity: 'critical' },
      candidateParams: { severity: 'warning' },
    });
    expect(report.disappear.count).toBe(0);
  });

  it('counts records that lack a fact the candidate needs as not evaluable', async () => {
    const { nationalCapacity: _dropped, ...partial } = facts(50);
    const report = await simulate(active, candidate, [{ ...history[0], facts: partial }]);
    expect(report.notEvaluable.count).toBe(1);
    expect(report.evaluations).toBe(0);
  });
});
