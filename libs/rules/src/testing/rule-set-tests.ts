import { readFileSync } from 'node:fs';
import path from 'node:path';

import { CompiledRuleSet, type FactValues } from '../compiled-rule-set.js';
import { explainOutcome } from '../explain.js';
import { loadRuleSetFile } from '../load-rule-set.js';

/**
 * A rule set's test cases, in `<rule set>.test.json` beside it: given facts, which rules must fire (with
 * params, where given) and which must not.
 */
export interface RuleSetTestFile {
  $schema?: string;
  cases: RuleSetTestCase[];
}

export interface RuleSetTestCase {
  name: string;
  facts: FactValues;
  expect: {
    events?: { rule: string; type?: string; params?: Record<string, unknown> }[];
    absent?: string[];
  };
}

export interface CaseResult {
  file: string;
  name: string;
  passed: boolean;
  /** Why it failed, in words, with the evaluation explained. */
  reasons: string[];
}

export function testFileOf(ruleSetFile: string): string {
  return ruleSetFile.replace(/\.json$/, '.test.json');
}

function matches(expected: Record<string, unknown>, actual: Record<string, unknown>): boolean {
  return Object.entries(expected).every(
    ([key, value]) => JSON.stringify(actual[key]) === JSON.stringify(value),
  );
}

export async function runRuleSetTests(ruleSetFile: string): Promise<CaseResult[]> {
  const ruleSet = new CompiledRuleSet(loadRuleSetFile(ruleSetFile));
  const testFile = testFileOf(ruleSetFile);
  const tests = JSON.parse(readFileSync(testFile, 'utf8')) as RuleSetTestFile;
  const relative = path.relative(process.cwd(), testFile);
  const results: CaseResult[] = [];
  for (const testCase of tests.cases) {
    const reasons: string[] = [];
    let outcomes;
    try {
      outcomes = await ruleSet.evaluate(testCase.facts);
    } catch (error) {
      results.push({
        file: relative,
        name: testCase.name,
        passed: false,
        reasons: [(error as Error).message],
      });
      continue;
    }
    const byRule = new Map(outcomes.map((outcome) => [outcome.rule, outcome]));
    for (const expected of testCase.expect.events ?? []) {
      const outcome = byRule.get(expected.rule);
      if (!outcome)
        reasons.push(`expected rule "${expected.rule}" to fire, but the rule set has no such rule`);
      else if (!outcome.fired)
        reasons.push(`expected "${expected.rule}" to fire, but it did not:\n${explainOutcome(outcome)}`);
      else if (expected.type && outcome.eventType !== expected.type) {
        reasons.push(
          `expected "${expected.rule}" to send a "${expected.type}" event, but it sends "${outcome.eventType}"`,
        );
      } else if (expected.params && !matches(expected.params, outcome.params)) {
        reasons.push(
          `"${expected.rule}" fired with params ${JSON.stringify(outcome.params)}, expected ${JSON.stringify(expected.params)}`,
        );
      }
    }
    for (const rule of testCase.expect.absent ?? []) {
      const outcome = byRule.get(rule);
      if (!outcome) reasons.push(`expected rule "${rule}" not to fire, but the rule set has no such rule`);
      else if (outcome.fired)
        reasons.push(`expected "${rule}" not to fire, but it did:\n${explainOutcome(outcome)}`);
    }
    results.push({ file: relative, name: testCase.name, passed: reasons.length === 0, reasons });
  }
  return results;
}
