import { ConflictError } from '#domain';
import type { RuleSetReference } from '#rules';

import type { StoredDistribution } from './requests.repository.js';

export interface IssueRequest {
  draft: Pick<
    StoredDistribution,
    'distributionId' | 'year' | 'status' | 'candidate' | 'ruleSet' | 'draftedBy'
  >;
  /** The request criteria in force now. */
  activeCriteria: Pick<RuleSetReference, 'version' | 'contentHash'>;
  /** The year's issued distribution, if there is one. */
  issuedNow: Pick<StoredDistribution, 'distributionId'> | undefined;
  replaces: string | null;
  reason: string | null;
}

/**
 * Whether a policy approver may issue a draft, or the error that says why not: only a draft; only from the
 * criteria in force (never candidate criteria, never a version replaced since the draft: the second pair of eyes
 * is the approval of the criteria); and a year that already has issued requests only with `replaces` naming them
 * and a reason. The approver may have drafted it (the workbench drafts and issues on one page); who drafted and
 * who issued are both kept and audited.
 */
export function issueRefusal(request: IssueRequest): Error | undefined {
  const { draft, activeCriteria, issuedNow } = request;
  const id = draft.distributionId;
  if (draft.status !== 'draft')
    return new ConflictError(`Distribution ${id} is ${draft.status}, not a draft`);
  if (draft.candidate) {
    return new ConflictError(
      `Distribution ${id} was drafted with candidate criteria, which are not in force: submit them as a candidate ` +
        `of rule set ${draft.ruleSet.id}, have another policy approver approve them, then draft again`,
    );
  }
  if (draft.ruleSet.contentHash !== activeCriteria.contentHash) {
    return new ConflictError(
      `Distribution ${id} was drafted with ${draft.ruleSet.id} ${draft.ruleSet.version}, but ` +
        `${activeCriteria.version} is in force now: draft again`,
    );
  }
  if (issuedNow) {
    if (request.replaces !== issuedNow.distributionId || !request.reason?.trim()) {
      return new ConflictError(
        `${draft.year} already has issued requests (distribution ${issuedNow.distributionId}): to replace them, ` +
          `send "replaces": "${issuedNow.distributionId}" with a "reason"`,
        'replaces',
      );
    }
  } else if (request.replaces !== null) {
    return new ConflictError(
      `${draft.year} has no issued requests, so distribution ${request.replaces} cannot be replaced: leave out "replaces"`,
      'replaces',
    );
  }
  return undefined;
}
