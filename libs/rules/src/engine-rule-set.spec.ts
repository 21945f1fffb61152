import { CompiledRuleSet } from './compiled-rule-set.js';
import { EngineRuleSet } from './engine-rule-set.js';
import { loadRuleSetFile } from './load-rule-set.js';

const loaded = loadRuleSetFile('rules/reception/escalations.json');
const rules = loaded.document.rules.length;
const facts = {
  nationalResidents: 2534,
  nationalCapacity: 5,
  nationalOccupancyPercent: 84.5,
  centreResidents: 94,
  centreCapacity: 3,
  centreOccupancyPercent: 101,
  hostMunicipalityPlaces: [1],
  placesNeededForTargetOccupancy: 7,
  countyOccupancyPercent: 13,
  nationalOccupancyPercentPerDay: [85.5],
  arrivalsAgainstForecast: [0, 0],
  residentsWithPermitBeyondTarget: 85,
};
const { nationalCapacity: _left, ...missingOne } = facts;

const settled = async (turns: number) => {
  for (let turn = 0; turn < turns; turn += 1) await Promise.resolve();
};

describe.each([
  ['EngineRuleSet', () => new EngineRuleSet(loaded)],
  ['CompiledRuleSet', () => new CompiledRuleSet(loaded)],
])('%s reports every rule', (_, ruleSetOf) => {
  it('right after an evaluation it refused (json-rules-engine goes on with a refused run)', async () => {
    const ruleSet = ruleSetOf();
    await expect(ruleSet.evaluate(missingOne)).rejects.toThrow('Undefined fact: nationalCapacity');
    expect(await ruleSet.evaluate(facts)).toHaveLength(rules);
  });

  it('when evaluations overlap', async () => {
    const ruleSet = ruleSetOf();
    for (const turns of [0, 10, 30, 60]) {
      const first = ruleSet.evaluate(facts);
      await settled(turns);
      const second = ruleSet.evaluate(facts);
      expect((await Promise.all([first, second])).map((outcomes) => outcomes.length)).toEqual([rules, rules]);
    }
  });
});
