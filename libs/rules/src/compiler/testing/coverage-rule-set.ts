import type { RuleSetDocument } from '../../rule-set.js';

const series = (name: string) => ({ name, type: 'series' as const, description: `${name}, oldest first` });
const number = (name: string, range?: { min?: number; max?: number }) => ({
  name,
  type: 'number' as const,
  description: name,
  ...(range ? { range } : {}),
});

/**
 * A valid rule set using what the shipped ones do not: every built-in operator, `any` and `not` (at the root
 * and nested), single-member groups, paths on series and on numbers, facts compared with facts (with paths),
 * condition params, `in` against another fact, a fact named like a property every object has, and rules of
 * one priority whose conditions nest to different depths (json-rules-engine reports those in the order they
 * settle).
 */
export const coverageRuleSet: RuleSetDocument = {
  id: 'differential-coverage',
  title: 'Every construct of the format',
  description: 'For the differential test of the compiled evaluator.',
  owner: 'tests',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  facts: [
    number('a'),
    number('b'),
    number('c', { min: 0, max: 100 }),
    series('s'),
    series('t'),
    { name: 'place', type: 'string', description: 'a place' },
    { name: 'places', type: 'string', description: 'places, as text' },
    { name: 'flag', type: 'boolean', description: 'a flag' },
    number('constructor'),
  ],
  rules: [
    {
      name: 'numbers-any-of',
      priority: 3,
      conditions: {
        any: [
          {
            all: [
              { fact: 'a', operator: 'greaterThan', value: 10 },
              { fact: 'a', operator: 'lessThan', value: 50 },
            ],
          },
          { not: { fact: 'b', operator: 'lessThanInclusive', value: 100 } },
          { fact: 'c', operator: 'greaterThanInclusive', value: { fact: 'a' } },
        ],
      },
      event: { type: 'seen', params: { scope: 'numbers' } },
    },
    {
      name: 'strings-and-flags',
      priority: 3,
      conditions: {
        all: [
          { fact: 'place', operator: 'in', value: ['oslo', 'bergen', ''] },
          { fact: 'place', operator: 'notIn', value: ['tromsø'] },
          { fact: 'place', operator: 'notEqual', value: 'x' },
          { fact: 'flag', operator: 'equal', value: true },
        ],
      },
      event: { type: 'seen' },
    },
    {
      name: 'a-fact-named-like-an-object-property',
      priority: 3,
      conditions: {
        all: [
          { fact: 'c', operator: 'equal', value: 5, params: { unit: 'percent' } },
          { fact: 'constructor', operator: 'greaterThan', value: 1 },
        ],
      },
      event: { type: 'seen' },
    },
    {
      name: 'series-built-ins',
      priority: 2,
      conditions: {
        any: [
          { fact: 's', operator: 'contains', value: 5 },
          { fact: 's', operator: 'doesNotContain', value: 85 },
          { fact: 's', path: '$[0]', operator: 'equal', value: 85 },
          { fact: 's', path: '$.length', operator: 'equal', value: { fact: 't', path: '$.length' } },
          { fact: 't', path: '$', operator: 'notEqual', value: 3 },
        ],
      },
      event: { type: 'seen' },
    },
    {
      name: 'domain-operators',
      priority: 2,
      conditions: {
        any: [
          { fact: 's', operator: 'percentChangeAtLeast', value: 10 },
          { fact: 's', operator: 'percentIncreaseAtLeast', value: 15 },
          { fact: 't', operator: 'absoluteChangeAtLeast', value: 50 },
          { fact: 't', operator: 'allBelowInLast', value: { threshold: 85, periods: 3 } },
          { fact: 's', operator: 'risingInAtLeast', value: { rises: 2, periods: 3 } },
        ],
      },
      event: { type: 'seen', params: { scope: 'series' } },
    },
    {
      name: 'facts-against-facts',
      conditions: {
        all: [
          { fact: 'a', operator: 'greaterThan', value: { fact: 'b' } },
          { fact: 'b', operator: 'lessThan', value: { fact: 'c', path: '$' } },
          { fact: 'a', path: '$', operator: 'equal', value: { fact: 'c' } },
          { fact: 'place', operator: 'in', value: { fact: 'places' } },
        ],
      },
      event: { type: 'seen' },
    },
    {
      name: 'nested-deeply',
      conditions: {
        not: {
          any: [
            { all: [{ not: { fact: 'a', operator: 'equal', value: 0 } }] },
            {
              any: [
                { fact: 'flag', operator: 'notEqual', value: false },
                { fact: 'c', operator: 'lessThan', value: 1 },
              ],
            },
          ],
        },
      },
      event: { type: 'seen' },
    },
    {
      name: 'root-not',
      conditions: { not: { fact: 'flag', operator: 'equal', value: false } },
      event: { type: 'seen' },
    },
    {
      name: 'single-member-with-path',
      conditions: { any: [{ fact: 't', path: '$[1]', operator: 'notEqual', value: 3 }] },
      event: { type: 'seen' },
    },
  ],
};

/** A rule set with a path the compiler does not translate (a slice): evaluated by the engine throughout. */
export const slicePathRuleSet: RuleSetDocument = {
  ...coverageRuleSet,
  id: 'differential-slice-path',
  rules: [
    {
      name: 'last-two',
      conditions: { all: [{ fact: 's', path: '$[-2:]', operator: 'contains', value: 5 }] },
      event: { type: 'seen' },
    },
    ...coverageRuleSet.rules.slice(0, 2),
  ],
};
