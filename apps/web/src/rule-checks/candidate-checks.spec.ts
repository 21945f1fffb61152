import { readFileSync } from 'node:fs';

import { checkCandidate, shippedFileOf, testCandidate } from './candidate-checks.js';

const shipped = 'rules/reception/escalations.json';
const text = readFileSync(shipped, 'utf8');

describe("the rule workbench's checks of a candidate", () => {
  it('accepts the shipped rule set as it is', () => {
    expect(checkCandidate(text)).toEqual({ document: JSON.parse(text), problems: [] });
  });

  it('names where the JSON breaks, by line and column', () => {
    const broken = text.replace('"version": "1.4.0",', '"version": "1.4.0"');
    const { problems } = checkCandidate(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('$');
    expect(problems[0].message).toMatch(/^is not valid JSON at line 8, column 3: /);
  });

  it('puts each problem at its JSON path', () => {
    const candidate = JSON.parse(text);
    candidate.rules[0].conditions.all[1].operator = 'bogus';
    candidate.rules[0].conditions.all[2].fact = 'unknownFact';
    expect(
      checkCandidate(JSON.stringify(candidate)).problems.map(({ path, message }) => `${path} ${message}`),
    ).toEqual([
      '$.rules[0].conditions.all[1].operator "bogus" is not a known operator',
      '$.rules[0].conditions.all[2].fact uses the fact "unknownFact", which the rule set does not declare',
    ]);
  });

  it("finds the shipped file of a rule set by its id, and runs that rule set's test cases on the candidate", async () => {
    expect(shippedFileOf('rules', 'reception-escalations')).toBe(shipped);
    expect(shippedFileOf('rules', 'no-such-rule-set')).toBeUndefined();
    const passing = await testCandidate('rules', 'reception-escalations', text);
    expect(passing!.length).toBeGreaterThan(0);
    expect(passing!.filter((result) => !result.passed)).toEqual([]);

    const stricter = JSON.parse(text);
    stricter.rules[0].conditions.all[1].value = 99;
    const results = await testCandidate('rules', 'reception-escalations', JSON.stringify(stricter));
    expect(results!.filter((result) => !result.passed).map((result) => result.name)).toEqual([
      '95 % nationally is the threshold',
    ]);
  });
});
