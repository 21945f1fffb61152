import { readFileSync } from 'node:fs';

import { parseRuleSet, RuleSetValidationError } from './load-rule-set.js';
import { ruleSetJsonSchema, ruleSetTestJsonSchema } from './rule-set-schema.js';
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

  it('checks domain operators read a series and have a sensible value', () => {
    const problems = validateRuleSet(
      ruleSetWith({
        facts: [
          { name: 'occupancyPercent', type: 'number', description: 'Occupancy' },
          { name: 'longWaitsPerWeek', type: 'series', description: 'Weekly counts' },
        ],
        rules: [
          {
            name: 'rising',
            conditions: {
              all: [
                { fact: 'longWaitsPerWeek', operator: 'risingInAtLeast', value: { rises: 3, periods: 3 } },
                { fact: 'occupancyPercent', operator: 'percentChangeAtLeast', value: 10 },
                { fact: 'longWaitsPerWeek', operator: 'risingInAtLeast', value: { rises: 0 } },
              ],
            },
            event: { type: 'escalation' },
          },
        ],
      }),
    ).map((problem) => problem.message);
    expect(problems).toEqual([
      '"percentChangeAtLeast" reads a series, but "occupancyPercent" is a number',
      'the value for "risingInAtLeast" must be { "rises": N, "periods": M } with whole numbers of 1 or more',
    ]);
  });

  it('checks event params against what the consuming service understands', () => {
    const document = JSON.parse(readFileSync('rules/reception/escalations.json', 'utf8')) as {
      rules: { name: string; event: { type: string; params: Record<string, unknown> } }[];
    };
    document.rules[0].event.params.scope = 'region';
    document.rules[1].event.type = 'alarm';
    expect(validateRuleSet(document)).toEqual([
      {
        path: '$.rules[0].event.params.scope',
        rule: 'national-occupancy-high',
        message: 'must be one of "national", "county", "centre" (the reception service reads these params)',
      },
      {
        path: '$.rules[1].event.type',
        rule: document.rules[1].name,
        message: 'the reception service only understands events of type escalation, early-warning',
      },
    ]);
  });

  it('checks every param that names a fact (a criterion scaled by another fact) names a declared number fact', () => {
    const criterion = (params: Record<string, unknown>) => ({
      name: 'weight-employment',
      conditions: { all: [{ fact: 'employmentRate', operator: 'greaterThanInclusive', value: 0 }] },
      event: {
        type: 'criterion',
        params: {
          criterion: 'employment',
          fact: 'employmentRate',
          weight: 0.2,
          direction: 'higher',
          ...params,
        },
      },
    });
    const document = ruleSetWith({
      id: 'settlement-request-criteria',
      facts: [
        { name: 'employmentRate', type: 'number', description: 'x', whenMissing: 'median' },
        { name: 'population', type: 'number', description: 'x', whenMissing: 'exclude' },
        { name: 'countyNumber', type: 'string', description: 'x', whenMissing: 'exclude' },
      ],
      rules: [
        criterion({ scaleBy: 'population', power: 0.6 }),
        { ...criterion({ scaleBy: 'inhabitants' }), name: 'b' },
        { ...criterion({ scaleBy: 'countyNumber' }), name: 'c' },
      ],
    });
    expect(validateRuleSet(document)).toEqual([
      {
        path: '$.rules[1].event.params.scaleBy',
        rule: 'b',
        message: '"inhabitants" must be a number fact the rule set declares',
      },
      {
        path: '$.rules[2].event.params.scaleBy',
        rule: 'c',
        message: '"countyNumber" must be a number fact the rule set declares',
      },
    ]);
  });

  it('refuses a fact the consuming service does not supply, so live events are never evaluated without it', () => {
    const document = JSON.parse(readFileSync('rules/reception/escalations.json', 'utf8')) as {
      facts: { name: string; type: string; description: string }[];
    };
    document.facts.push({ name: 'arrivalsThisWeek', type: 'number', description: 'Arrivals this week' });
    expect(validateRuleSet(document)).toEqual([
      expect.objectContaining({
        path: `$.facts[${document.facts.length - 1}].name`,
        message: expect.stringContaining(
          'the reception service does not supply a fact called "arrivalsThisWeek"',
        ) as unknown,
      }),
    ]);
  });

  it('checks policy parameters: the ones the service reads, declared once, within their range', () => {
    const document = JSON.parse(readFileSync('rules/reception/escalations.json', 'utf8')) as {
      parameters: { name: string; value: number; description: string; range?: { max: number } }[];
    };
    const [target, limit] = document.parameters;
    expect(validateRuleSet({ ...document, parameters: [limit] })).toEqual([
      { path: '$.parameters', message: 'the service needs the parameter "targetOccupancyPercent"' },
    ]);
    expect(
      validateRuleSet({
        ...document,
        parameters: [{ ...target, value: 120 }, limit, limit, { name: 'x', value: 1, description: 'x' }],
      }),
    ).toEqual([
      { path: '$.parameters[0].value', message: "120 is outside the parameter's range (1 to 100)" },
      { path: '$.parameters[2].name', message: 'parameter "permitWaitingLimitMonths" is declared twice' },
      {
        path: '$.parameters[3].name',
        message:
          'the service reads no parameter called "x"; it reads targetOccupancyPercent, permitWaitingLimitMonths',
      },
    ]);
    expect(validateRuleSet(ruleSetWith({ parameters: [{ name: 'y', value: 1, description: 'y' }] }))).toEqual(
      [{ path: '$.parameters[0].name', message: 'the service reads no parameter called "y"' }],
    );
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
    const publishedTests: unknown = JSON.parse(
      readFileSync('rules/schema/rule-set-test.schema.json', 'utf8'),
    );
    expect(publishedTests).toEqual(ruleSetTestJsonSchema);
  });
});
