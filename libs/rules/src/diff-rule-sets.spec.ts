import { diffRuleSets } from './diff-rule-sets.js';
import { loadRuleSetFile } from './load-rule-set.js';
import type { RuleSetDocument } from './rule-set.js';

describe('diffRuleSets', () => {
  const before = loadRuleSetFile('rules/reception/escalations.json').document;

  it('says in words what a policy change does', () => {
    const after = structuredClone<RuleSetDocument>(before);
    after.version = '2.0.0';
    const national = after.rules[0];
    (national.conditions as { all: { value: unknown }[] }).all[1].value = 90;
    national.event.params = { ...national.event.params, severity: 'critical' };
    after.rules = after.rules.filter((rule) => rule.name !== 'centre-over-capacity');
    after.facts.push({
      name: 'waitingWeeks',
      type: 'series',
      unit: 'persons',
      description: 'Weekly count of long waits',
    });

    expect(diffRuleSets(before, after)).toEqual([
      `version changed from "${before.version}" to "2.0.0".`,
      'New fact "waitingWeeks" (series, persons): Weekly count of long waits',
      'Rule "national-occupancy-high": the condition on nationalOccupancyPercent changed from "greaterThanInclusive 95" to "greaterThanInclusive 90".',
      'Rule "national-occupancy-high": severity changed from "high" to "critical".',
      'Rule "centre-over-capacity" removed.',
    ]);
  });

  it('finds nothing between a rule set and itself', () => {
    expect(diffRuleSets(before, structuredClone(before))).toEqual([]);
  });
});
