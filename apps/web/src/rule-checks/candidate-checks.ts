import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  type CaseResult,
  type RuleSetProblem,
  runRuleSetTests,
  testFileOf,
  validateRuleSet,
} from '#rules/core';

import { jsonSyntaxProblem } from './json-syntax.js';

export type Checked =
  { document: { id: string }; problems: [] } | { document?: undefined; problems: RuleSetProblem[] };

/** The candidate's problems, each at its JSON path, by the same validation the services apply on submission. */
export function checkCandidate(text: string): Checked {
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch (error) {
    return { problems: [{ path: '$', message: jsonSyntaxProblem(text, error as Error) }] };
  }
  const problems = validateRuleSet(candidate);
  return problems.length > 0 ? { problems } : { document: candidate as { id: string }, problems: [] };
}

/** The shipped file of the rule set with this id under the rules directory, if there is one. */
export function shippedFileOf(rulesDirectory: string, id: string): string | undefined {
  if (!existsSync(rulesDirectory)) return undefined;
  for (const entry of readdirSync(rulesDirectory, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'schema') continue;
    for (const file of readdirSync(path.join(rulesDirectory, entry.name))) {
      if (!file.endsWith('.json') || file.endsWith('.test.json')) continue;
      const full = path.join(rulesDirectory, entry.name, file);
      try {
        if ((JSON.parse(readFileSync(full, 'utf8')) as { id?: unknown }).id === id) return full;
      } catch {
        // not a rule set: skipped
      }
    }
  }
  return undefined;
}

/**
 * Runs the rule set's own test cases (`<rule set>.test.json` beside the shipped file) against the candidate:
 * undefined when the rule set has no test file.
 */
export async function testCandidate(
  rulesDirectory: string,
  id: string,
  text: string,
): Promise<CaseResult[] | undefined> {
  const shipped = shippedFileOf(rulesDirectory, id);
  if (!shipped || !existsSync(testFileOf(shipped))) return undefined;
  const directory = mkdtempSync(path.join(tmpdir(), 'workbench-candidate-'));
  try {
    const file = path.join(directory, path.basename(shipped));
    writeFileSync(file, text);
    copyFileSync(testFileOf(shipped), testFileOf(file));
    return (await runRuleSetTests(file)).map((result) => ({
      ...result,
      file: path.basename(testFileOf(shipped)),
    }));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
