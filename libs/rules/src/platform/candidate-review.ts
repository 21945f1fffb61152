import { ForbiddenException } from '@nestjs/common';

import { ConflictError } from '#domain';
import type { AuditActor } from '#platform';

import type { RuleSetCandidate } from './rule-set-candidates.store.js';

export type ReviewDecision = 'approve' | 'reject';

/**
 * Four eyes: only a pending candidate is decided, and never by the one who submitted it. Answers the error to
 * throw, or undefined when the reviewer may decide. (That the reviewer is a policy approver, the route's access
 * rule has checked.)
 */
export function reviewRefusal(
  candidate: Pick<RuleSetCandidate, 'ruleSetId' | 'version' | 'status' | 'submittedBy'>,
  reviewer: AuditActor,
  decision: ReviewDecision,
): Error | undefined {
  const name = `candidate ${candidate.version} of ${candidate.ruleSetId}`;
  if (candidate.status !== 'pending')
    return new ConflictError(`The ${name} is already ${candidate.status}; submit a new candidate`);
  if (candidate.submittedBy.subject === reviewer.subject) {
    return new ForbiddenException(
      `You submitted the ${name} yourself: another policy approver must ${decision} it (four eyes)`,
    );
  }
  return undefined;
}

/** What happens to a rule file that changed: activated at once (a reviewed deployment), or a candidate to review. */
export function fileChangeHandling(settings: { fileActivation: boolean }, hasActiveVersion: boolean) {
  // With nothing active yet the file must be activated, or the service could not decide anything.
  return settings.fileActivation || !hasActiveVersion ? ('activate' as const) : ('candidate' as const);
}
