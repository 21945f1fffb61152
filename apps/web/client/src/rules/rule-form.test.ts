import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { plainWords } from './plain-words';
import {
  checkConditionRow,
  type ConditionRow,
  conditionRows,
  fromForm,
  parseValue,
  toForm,
} from './rule-form';
import type { RuleSetDocument } from './rule-set-types';

const RULES = fileURLToPath(new URL('../../../../../rules', import.meta.url));

/** Every rule set the project ships (rules/<service>/<name>.json, not the tests or the schema). */
const shipped: [string, RuleSetDocument][] = readdirSync(RULES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'schema')
  .flatMap((directory) =>
    readdirSync(path.join(RULES, directory.name))
      .filter((file) => file.endsWith('.json') && !file.endsWith('.test.json'))
      .map((file): [string, RuleSetDocument] => [
        `${directory.name}/${file}`,
        JSON.parse(readFileSync(path.join(RULES, directory.name, file), 'utf8')) as RuleSetDocument,
      ]),
  );

describe('the form ⇄ json-rules-engine mapping', () => {
  it('finds the shipped rule sets', () => {
    expect(shipped.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'reception/escalations.json',
        'care-centres/escalations.json',
        'settlement/escalations.json',
        'settlement/matching.json',
        'settlement/request-criteria.json',
      ]),
    );
  });

  it.each(shipped)('gives %s back exactly, key order included', (_, document) => {
    const back = fromForm(toForm(document));
    expect(back).toStrictEqual(document);
    expect(JSON.stringify(back, null, 2)).toBe(JSON.stringify(document, null, 2));
  });

  it.each(shipped)('finds nothing wrong with any condition of %s', (_, document) => {
    const form = toForm(document);
    const problems = form.rules.flatMap((rule, index) =>
      conditionRows(rule.conditions, `$.rules[${index}].conditions`).flatMap(({ row, path: at }) =>
        checkConditionRow(row, document.facts).map((problem) => `${at}.${problem.field}: ${problem.message}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it.each(shipped)(
    'reads every rule of %s in plain words, naming the facts by their descriptions',
    (_, document) => {
      for (const rule of document.rules) {
        const lines = plainWords(rule.conditions, document.facts, 'nb');
        expect(lines[0].text).toMatch(/^Når /);
        expect(lines.length).toBeGreaterThan(1);
      }
    },
  );

  it('carries a value edited in the form into the rule set', () => {
    const [, document] = shipped.find(([name]) => name === 'reception/escalations.json')!;
    const form = toForm(document);
    const [first] = conditionRows(form.rules[0].conditions, '$');
    first.row.valueText = '97';
    const edited = fromForm(form);
    const [before] = conditionRows(toForm(document).rules[0].conditions, '$');
    expect(edited.rules[0].conditions).not.toStrictEqual(document.rules[0].conditions);
    expect(conditionRows(toForm(edited).rules[0].conditions, '$')[0].row).toStrictEqual({
      ...before.row,
      valueText: '97',
    });
  });

  it('checks a value by the type and range the fact declares', () => {
    const facts = [
      { name: 'occupancy', type: 'number' as const, description: 'Occupancy', range: { min: 0, max: 100 } },
    ];
    const row = (
      valueKind: ConditionRow['valueKind'],
      valueText: string,
      operator = 'greaterThan',
    ): ConditionRow => ({
      kind: 'condition',
      fact: 'occupancy',
      operator,
      valueKind,
      valueText,
    });
    expect(checkConditionRow(row('number', '95'), facts)).toEqual([]);
    expect(checkConditionRow(row('number', '150'), facts)).toEqual([
      { field: 'value', message: 'must be from 0 to 100' },
    ]);
    expect(checkConditionRow(row('number', 'many'), facts)).toEqual([
      { field: 'value', message: 'must be a number' },
    ]);
    expect(checkConditionRow(row('string', '95'), facts)).toEqual([
      { field: 'value', message: 'must be a number' },
    ]);
    expect(checkConditionRow(row('number', '95', 'risingInAtLeast'), facts)).toEqual([
      { field: 'operator', message: '"risingInAtLeast" does not apply to a number' },
    ]);
    expect(checkConditionRow({ ...row('number', '1'), fact: 'unknown' }, facts)).toEqual([
      { field: 'fact', message: '"unknown" is not a declared fact' },
    ]);
  });

  it('reads Norwegian decimal commas as numbers', () => {
    expect(parseValue('number', '85,5')).toEqual({ value: 85.5 });
  });

  it('refuses to build a rule set from a value that is not what its kind says', () => {
    const [, document] = shipped[0];
    const form = toForm(document);
    conditionRows(form.rules[0].conditions, '$')[0].row.valueText = 'not a number';
    conditionRows(form.rules[0].conditions, '$')[0].row.valueKind = 'number';
    expect(() => fromForm(form)).toThrow(
      /^\$\.rules\[0\]\.conditions\.(all|any)\[0\]\.value: must be a number$/,
    );
  });
});
