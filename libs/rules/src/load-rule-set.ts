import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { RejectedError } from '#domain';

import type { LoadedRuleSet, RuleSetDocument } from './rule-set.js';
import { type RuleSetProblem, validateRuleSet } from './validate-rule-set.js';

export class RuleSetValidationError extends RejectedError {
  constructor(
    readonly file: string,
    readonly problems: RuleSetProblem[],
  ) {
    super(`Rule set ${file} was refused:\n${describeProblems(problems)}`, undefined, { problems });
  }
}

/** One line per problem, naming its path and rule, for logs and the command line. */
export function describeProblems(problems: RuleSetProblem[]): string {
  return problems
    .map(
      (problem) =>
        `  - ${problem.path}${problem.rule ? ` (rule "${problem.rule}")` : ''}: ${problem.message}`,
    )
    .join('\n');
}

/** Parses and validates rule-set text; throws RuleSetValidationError naming the file, rule and path. */
export function parseRuleSet(text: string, file: string): LoadedRuleSet {
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch (error) {
    throw new RuleSetValidationError(file, [
      { path: '$', message: `is not valid JSON: ${(error as Error).message}` },
    ]);
  }
  const problems = validateRuleSet(candidate);
  if (problems.length > 0) throw new RuleSetValidationError(file, problems);
  return {
    document: candidate as RuleSetDocument,
    contentHash: createHash('sha256').update(text).digest('hex'),
    file,
  };
}

export function loadRuleSetFile(file: string): LoadedRuleSet {
  return parseRuleSet(readFileSync(file, 'utf8'), file);
}
