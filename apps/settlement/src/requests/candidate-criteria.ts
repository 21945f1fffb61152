import { RejectedError } from '#domain';
import { CompiledRuleSet, parseRuleSet, RuleSetValidationError } from '#rules';

import { REQUEST_CRITERIA } from '../settlement-rule-sets.js';

/** Candidate criteria are validated like a rule file; a refusal names every problem with its path. */
export function compileCandidateCriteria(document: Record<string, unknown>): CompiledRuleSet {
  if (document.id !== REQUEST_CRITERIA)
    throw new RejectedError(`candidate criteria must have the id "${REQUEST_CRITERIA}"`, 'criteria');
  try {
    return new CompiledRuleSet(parseRuleSet(JSON.stringify(document), 'candidate criteria'));
  } catch (error) {
    if (error instanceof RuleSetValidationError)
      throw new RejectedError(error.message, 'criteria', { problems: error.problems });
    throw error;
  }
}
