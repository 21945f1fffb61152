import { Logger } from '@nestjs/common';

import type { RuleSetCandidateRefused } from '#contracts';
import { NotFoundError } from '#domain';

import { CompiledRuleSet } from '../compiled-rule-set.js';
import { parseRuleSet, RuleSetValidationError } from '../load-rule-set.js';
import type { LoadedRuleSet } from '../rule-set.js';
import type { RuleSetProblem } from '../validate-rule-set.js';
import { RuleSetRefusedError } from './rule-set-refused.error.js';
import type { RuleSetStore } from './rule-set-store.js';

export interface Submission {
  origin: string;
  submittedBy: string;
  reason: string;
}

export type SubmissionResult = { status: 'activated' | 'unchanged'; version: string; contentHash: string };

export interface RefusalAnnouncer {
  refused(refusal: RuleSetCandidateRefused): Promise<void>;
}

/**
 * Decides what becomes active: validates a candidate, keeps it as a version and activates it for every instance
 * in one transaction under the rule set's lock, or refuses it (recorded and announced) so the version in force
 * stays. Rollback activates a kept version again, validated first.
 */
export class RuleSetActivation {
  private readonly logger = new Logger(RuleSetActivation.name);

  constructor(
    private readonly store: RuleSetStore,
    private readonly announcer: RefusalAnnouncer,
    private readonly who: { service: string; instanceId: string },
    /** The version in force on this instance, named in a refusal. */
    private readonly versionInForce: (ruleSetId: string) => string | null,
  ) {}

  /** Throws RuleSetRefusedError when the candidate is invalid or reuses a version number. */
  async submit(ruleSetId: string, text: string, submission: Submission): Promise<SubmissionResult> {
    let loaded: LoadedRuleSet;
    try {
      loaded = parseRuleSet(text, submission.origin);
      if (loaded.document.id !== ruleSetId) {
        throw new RuleSetValidationError(submission.origin, [
          {
            path: '$.id',
            message: `is "${loaded.document.id}", but this is the place for rule set "${ruleSetId}"`,
          },
        ]);
      }
    } catch (error) {
      throw await this.refuse(ruleSetId, submission.origin, submission.submittedBy, problemsOf(error));
    }
    const { document, contentHash } = loaded;
    const outcome = await this.store.transaction(async (transaction) => {
      await this.store.lock(transaction, ruleSetId);
      const active = await this.store.active(ruleSetId, transaction);
      if (active?.contentHash === contentHash) return 'unchanged' as const;
      const sameVersion = await this.store.version(ruleSetId, { version: document.version }, transaction);
      if (sameVersion && sameVersion.contentHash !== contentHash) {
        return [
          {
            path: '$.version',
            message: `version ${document.version} was already used for different content; raise the version`,
          },
        ];
      }
      await this.store.addVersion(transaction, {
        ruleSetId,
        contentHash,
        version: document.version,
        content: text,
        origin: submission.origin,
        submittedBy: submission.submittedBy,
      });
      await this.store.activate(
        transaction,
        ruleSetId,
        contentHash,
        submission.submittedBy,
        submission.reason,
      );
      return 'activated' as const;
    });
    if (Array.isArray(outcome))
      throw await this.refuse(ruleSetId, submission.origin, submission.submittedBy, outcome);
    return { status: outcome, version: document.version, contentHash };
  }

  /** Activates an earlier version again, found by version or content hash. */
  async rollback(
    ruleSetId: string,
    to: { version?: string; contentHash?: string },
    submittedBy: string,
  ): Promise<SubmissionResult> {
    const target = await this.store.version(ruleSetId, to);
    if (!target)
      throw new NotFoundError(
        `Rule set ${ruleSetId} has no version ${to.version ?? to.contentHash}`,
        to.version ? 'version' : 'contentHash',
      );
    try {
      new CompiledRuleSet(parseRuleSet(target.content, `${ruleSetId}@${target.version}`));
    } catch (error) {
      // The version is valid no longer (for example the service's contract changed since): keep the current one.
      throw await this.refuse(ruleSetId, `rollback to ${target.version}`, submittedBy, problemsOf(error));
    }
    await this.store.transaction(async (transaction) => {
      await this.store.lock(transaction, ruleSetId);
      await this.store.activate(
        transaction,
        ruleSetId,
        target.contentHash,
        submittedBy,
        `rollback to ${target.version}`,
      );
    });
    return { status: 'activated', version: target.version, contentHash: target.contentHash };
  }

  /** Records and announces a refusal, and answers the error to throw. */
  async refuse(
    ruleSetId: string,
    origin: string,
    submittedBy: string,
    problems: RuleSetProblem[],
  ): Promise<RuleSetRefusedError> {
    const activeVersion = this.versionInForce(ruleSetId);
    const refusal = new RuleSetRefusedError(ruleSetId, origin, problems, activeVersion);
    this.logger.error(refusal.message);
    await this.store.recordRefusal(ruleSetId, origin, submittedBy, problems).catch(() => undefined);
    void this.announcer
      .refused({
        ruleSetId,
        ...this.who,
        origin,
        submittedBy,
        problems,
        activeVersion,
        refusedAt: new Date().toISOString(),
      })
      .catch((error: Error) => this.logger.warn(`Could not announce the refusal: ${error.message}`));
    return refusal;
  }
}

export function problemsOf(error: unknown): RuleSetProblem[] {
  if (error instanceof RuleSetValidationError || error instanceof RuleSetRefusedError) return error.problems;
  return [{ path: '$', message: (error as Error).message }];
}
