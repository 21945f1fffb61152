import { readFileSync } from 'node:fs';
import { parseRuleSet, RuleSetValidationError } from './load-rule-set.js';
import { ruleSetJsonSchema } from './rule-set-schema.js';
import { validateRuleSet } from './validate-rule-set.js';

function ruleSetWith(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'test-rules',
    title: 'Test',
    description: 'Test rules',
    owner: 'Tests',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    facts: [
      { name: 'occupancyPercent', type: 'number', description: 'Occupancy' },
      { name: 'centreType', type: 'string', description: 'Type' },
    ],
    rules: [
      {
        name: 'high',
        conditions: { all: [{ fact: 'occupancyPercent', operator: 'greaterThanInclusive', value: 95 }] },
        event: { type: 'escalation' },
      },
    ],
    ...overrides,
  };
}

describe('validateRuleSet', () => {
  it('accepts a well-formed rule set', () => {
    expect(validateRuleSet(ruleSetWith({}))).toEqual([]);
  });

  it('names the rule and path of a fact the rule set does not declare', () => {
    const problems = validateRuleSet(
      ruleSetWith({
        rules: [
          {
            name: 'uses-unknown',
            conditions: { any: [{ fact: 'waitingDays', operator: 'greaterThan', value: 90 }] },
            event: { type: 'escalation' },
          },
        ],
      }),
    );
    expect(problems).toEqual([
      {
        path: '$.rules[0].conditions.any[0].fact',
        rule: 'uses-unknown',
        message: 'uses the fact "waitingDays", which the rule set does not declare',
      },
    ]);
  });

  it('refuses unknown operators, mistyped values, empty groups and duplicate rule names', () => {
    const messages = validateRuleSet(
      ruleSetWith({
        rules: [
          {
            name: 'twice',
            conditions: { all: [{ fact: 'occupancyPercent', operator: 'isHuge', value: 1 }] },
            event: { type: 'escalation' },
          },
          {
            name: 'twice',
            conditions: { all: [{ fact: 'occupancyPercent', operator: 'greaterThan', value: '95' }] },
            event: { type: 'escalation' },
          },
          { name: 'empty', conditions: { any: [] }, event: { type: 'escalation' } },
          {
            name: 'string-compared-as-number',
            conditions: { all: [{ fact: 'centreType', operator: 'lessThan', value: 3 }] },
            event: { type: 'escalation' },
          },
        ],
      }),
    ).map((problem) => problem.message);
    expect(messages).toEqual([
      '"isHuge" is not a known operator',
      'another rule is already called "twice"',
      'compares "occupancyPercent" (a number) with "95", which is a string',
      'the "any" group has no conditions',
      '"lessThan" compares numbers, but "centreType" is a string',
    ]);
  });

  it('reports missing metadata in words with its path', () => {
    const { owner: _owner, ...withoutOwner } = ruleSetWith({});
    expect(validateRuleSet(withoutOwner)).toContainEqual({ path: '$', message: 'is missing "owner"' });
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parseRuleSet('{ not json', 'rules/x.json')).toThrow(RuleSetValidationError);
    expect(() => parseRuleSet('{ not json', 'rules/x.json')).toThrow(/rules\/x\.json/);
  });
});

describe('published rule-set schema', () => {
  it('rules/schema/rule-set.schema.json equals the schema the validator uses', () => {
    const published: unknown = JSON.parse(readFileSync('rules/schema/rule-set.schema.json', 'utf8'));
    expect(published).toEqual(ruleSetJsonSchema);
  });
});
