import { RejectedError } from '#domain';

import { describeProblems } from '../load-rule-set.js';
import type { RuleSetProblem } from '../validate-rule-set.js';

/** A candidate was refused: it is invalid, or it conflicts with a version already kept. */
export class RuleSetRefusedError extends RejectedError {
  constructor(
    readonly ruleSetId: string,
    readonly origin: string,
    readonly problems: RuleSetProblem[],
    readonly activeVersion: string | null,
  ) {
    super(
      `Rule set ${ruleSetId} from ${origin} was refused${activeVersion ? `; version ${activeVersion} stays active` : ''}:\n` +
        describeProblems(problems),
      undefined,
      { problems },
    );
  }
}
