import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { RuleSetCandidateRefused } from '#contracts';
import { NotFoundError } from '#domain';
import type { AuditActor, AuditEntry } from '#platform';

import { CompiledRuleSet } from '../compiled-rule-set.js';
import { parseRuleSet, RuleSetValidationError } from '../load-rule-set.js';
import type { LoadedRuleSet } from '../rule-set.js';
import type { RuleSetProblem } from '../validate-rule-set.js';
import { reviewRefusal } from './candidate-review.js';
import type { RuleSetCandidatesStore, StoredCandidate } from './rule-set-candidates.store.js';
import { RuleSetRefusedError } from './rule-set-refused.error.js';
import type { RuleSetStore } from './rule-set-store.js';

export interface Submission {
  /** `http`, or `file:<path>` for a rule file. */
  origin: string;
  /** From the token (or the rule file, the start-up), never from a request body. */
  submittedBy: AuditActor;
  reason: string;
}

export type SubmissionResult = {
  status: 'activated' | 'unchanged' | 'pending';
  version: string;
  contentHash: string;
};

export interface RefusalAnnouncer {
  refused(refusal: RuleSetCandidateRefused): Promise<void>;
}

/** Where audit rows go (the service's AuditTrail): in the transaction of the change they record. */
export interface AuditRecorder {
  record(entry: AuditEntry, transaction?: EntityManager): Promise<void>;
}

const target = (ruleSetId: string, version: string) => `rule-set:${ruleSetId}@${version}`;

/**
 * Decides what becomes active. A candidate is validated and kept pending until a policy approver other than its
 * author approves it (it is then kept as a version and activated for every instance) or rejects it; a rule file
 * (a reviewed deployment) or the first start activates at once. Everything under the rule set's lock, in one
 * transaction with its audit row. An invalid candidate is refused (recorded and announced) and the version in
 * force stays. Rollback activates a kept version again, validated first.
 */
export class RuleSetActivation {
  private readonly logger = new Logger(RuleSetActivation.name);

  constructor(
    private readonly store: RuleSetStore,
    private readonly candidates: RuleSetCandidatesStore,
    private readonly audit: AuditRecorder,
    private readonly announcer: RefusalAnnouncer,
    private readonly who: { service: string; instanceId: string },
    /** The version in force on this instance, named in a refusal. */
    private readonly versionInForce: (ruleSetId: string) => string | null,
  ) {}

  /** Keeps a valid candidate pending review. Throws RuleSetRefusedError when invalid or its version is taken. */
  async propose(ruleSetId: string, text: string, submission: Submission): Promise<SubmissionResult> {
    const { document, contentHash } = await this.validated(ruleSetId, text, submission);
    const outcome = await this.store.transaction(async (transaction) => {
      await this.store.lock(transaction, ruleSetId);
      const active = await this.store.active(ruleSetId, transaction);
      if (active?.contentHash === contentHash) return 'unchanged' as const;
      const problems = await this.versionProblems(transaction, ruleSetId, document.version, contentHash);
      if (problems) return problems;
      const pending = await this.candidates.find(ruleSetId, document.version, transaction);
      if (pending?.status === 'pending') {
        if (pending.contentHash === contentHash) return 'pending' as const;
        return versionTaken(document.version, 'is pending review with different content');
      }
      await this.candidates.add(transaction, {
        ruleSetId,
        version: document.version,
        contentHash,
        content: text,
        origin: submission.origin,
        submittedBy: submission.submittedBy,
      });
      await this.audit.record(
        {
          actor: submission.submittedBy,
          action: 'rule-set.candidate-submitted',
          target: target(ruleSetId, document.version),
          reason: submission.reason,
          details: { origin: submission.origin, contentHash },
        },
        transaction,
      );
      return 'pending' as const;
    });
    if (Array.isArray(outcome))
      throw await this.refuse(ruleSetId, submission.origin, submission.submittedBy.subject, outcome);
    return { status: outcome, version: document.version, contentHash };
  }

  /**
   * Activates at once, for a rule file (the deployment path for reviewed changes) or the first start; audited as
   * a file activation naming the file and the content hash. Throws RuleSetRefusedError.
   */
  async activateFile(ruleSetId: string, text: string, submission: Submission): Promise<SubmissionResult> {
    const { document, contentHash } = await this.validated(ruleSetId, text, submission);
    const outcome = await this.store.transaction(async (transaction) => {
      await this.store.lock(transaction, ruleSetId);
      const active = await this.store.active(ruleSetId, transaction);
      if (active?.contentHash === contentHash) return 'unchanged' as const;
      const problems = await this.versionProblems(transaction, ruleSetId, document.version, contentHash);
      if (problems) return problems;
      await this.store.addVersion(transaction, {
        ruleSetId,
        contentHash,
        version: document.version,
        content: text,
        origin: submission.origin,
        submittedBy: submission.submittedBy.subject,
      });
      await this.store.activate(
        transaction,
        ruleSetId,
        contentHash,
        submission.submittedBy.subject,
        submission.reason,
      );
      await this.audit.record(
        {
          actor: submission.submittedBy,
          action: 'rule-set.file-activated',
          target: target(ruleSetId, document.version),
          reason: submission.reason,
          details: { file: submission.origin.replace(/^file:/, ''), contentHash },
        },
        transaction,
      );
      return 'activated' as const;
    });
    if (Array.isArray(outcome))
      throw await this.refuse(ruleSetId, submission.origin, submission.submittedBy.subject, outcome);
    return { status: outcome, version: document.version, contentHash };
  }

  /** A policy approver other than the author approves a pending candidate: it becomes the active version. */
  async approve(
    ruleSetId: string,
    version: string,
    approver: AuditActor,
    reason?: string,
  ): Promise<SubmissionResult> {
    const candidate = await this.pendingFor(ruleSetId, version, approver, 'approve');
    try {
      new CompiledRuleSet(parseRuleSet(candidate.content, `${ruleSetId}@${version}`));
    } catch (error) {
      // Valid when submitted, but no longer (the service's contract changed since): the version in force stays.
      throw await this.refuse(ruleSetId, candidate.origin, approver.subject, problemsOf(error));
    }
    const outcome = await this.store.transaction(async (transaction) => {
      await this.store.lock(transaction, ruleSetId);
      const current = await this.candidates.find(ruleSetId, version, transaction);
      const refusal = current ? reviewRefusal(current, approver, 'approve') : undefined;
      if (refusal) throw refusal;
      const problems = await this.versionProblems(transaction, ruleSetId, version, candidate.contentHash);
      if (problems) return problems;
      await this.store.addVersion(transaction, {
        ruleSetId,
        contentHash: candidate.contentHash,
        version,
        content: candidate.content,
        origin: candidate.origin,
        submittedBy: candidate.submittedBy.subject,
      });
      const why = reason ?? `candidate submitted by ${candidate.submittedBy.displayName} approved`;
      await this.store.activate(transaction, ruleSetId, candidate.contentHash, approver.subject, why);
      await this.candidates.decide(transaction, candidate.candidateId, 'approved', approver, reason ?? null);
      await this.audit.record(
        {
          actor: approver,
          action: 'rule-set.candidate-approved',
          target: target(ruleSetId, version),
          reason: reason ?? null,
          details: { contentHash: candidate.contentHash, submittedBy: candidate.submittedBy.subject },
        },
        transaction,
      );
      return 'activated' as const;
    });
    if (Array.isArray(outcome))
      throw await this.refuse(ruleSetId, candidate.origin, approver.subject, outcome);
    return { status: outcome, version, contentHash: candidate.contentHash };
  }

  /** A policy approver other than the author rejects a pending candidate, with a reason. */
  async reject(ruleSetId: string, version: string, approver: AuditActor, reason: string): Promise<void> {
    const candidate = await this.pendingFor(ruleSetId, version, approver, 'reject');
    await this.store.transaction(async (transaction) => {
      await this.store.lock(transaction, ruleSetId);
      const current = await this.candidates.find(ruleSetId, version, transaction);
      const refusal = current ? reviewRefusal(current, approver, 'reject') : undefined;
      if (refusal) throw refusal;
      await this.candidates.decide(transaction, candidate.candidateId, 'rejected', approver, reason);
      await this.audit.record(
        {
          actor: approver,
          action: 'rule-set.candidate-rejected',
          target: target(ruleSetId, version),
          reason,
          details: { contentHash: candidate.contentHash, submittedBy: candidate.submittedBy.subject },
        },
        transaction,
      );
    });
  }

  /** Activates an earlier version again, found by version or content hash (a policy approver's decision). */
  async rollback(
    ruleSetId: string,
    to: { version?: string; contentHash?: string },
    approver: AuditActor,
    reason?: string,
  ): Promise<SubmissionResult> {
    const kept = await this.store.version(ruleSetId, to);
    if (!kept)
      throw new NotFoundError(
        `Rule set ${ruleSetId} has no version ${to.version ?? to.contentHash}`,
        to.version ? 'version' : 'contentHash',
      );
    try {
      new CompiledRuleSet(parseRuleSet(kept.content, `${ruleSetId}@${kept.version}`));
    } catch (error) {
      // The version is valid no longer (for example the service's contract changed since): keep the current one.
      throw await this.refuse(ruleSetId, `rollback to ${kept.version}`, approver.subject, problemsOf(error));
    }
    await this.store.transaction(async (transaction) => {
      await this.store.lock(transaction, ruleSetId);
      const why = reason ? `rollback to ${kept.version}: ${reason}` : `rollback to ${kept.version}`;
      await this.store.activate(transaction, ruleSetId, kept.contentHash, approver.subject, why);
      await this.audit.record(
        {
          actor: approver,
          action: 'rule-set.rolled-back',
          target: target(ruleSetId, kept.version),
          reason: reason ?? null,
          details: { contentHash: kept.contentHash },
        },
        transaction,
      );
    });
    return { status: 'activated', version: kept.version, contentHash: kept.contentHash };
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

  private async validated(ruleSetId: string, text: string, submission: Submission): Promise<LoadedRuleSet> {
    try {
      const loaded = parseRuleSet(text, submission.origin);
      if (loaded.document.id !== ruleSetId) {
        throw new RuleSetValidationError(submission.origin, [
          {
            path: '$.id',
            message: `is "${loaded.document.id}", but this is the place for rule set "${ruleSetId}"`,
          },
        ]);
      }
      return loaded;
    } catch (error) {
      throw await this.refuse(
        ruleSetId,
        submission.origin,
        submission.submittedBy.subject,
        problemsOf(error),
      );
    }
  }

  /** A version number names one content for ever. */
  private async versionProblems(
    transaction: EntityManager,
    ruleSetId: string,
    version: string,
    contentHash: string,
  ): Promise<RuleSetProblem[] | undefined> {
    const sameVersion = await this.store.version(ruleSetId, { version }, transaction);
    return sameVersion && sameVersion.contentHash !== contentHash
      ? versionTaken(version, 'was already used for different content')
      : undefined;
  }

  private async pendingFor(
    ruleSetId: string,
    version: string,
    reviewer: AuditActor,
    decision: 'approve' | 'reject',
  ): Promise<StoredCandidate> {
    const candidate = await this.candidates.find(ruleSetId, version);
    if (!candidate) throw new NotFoundError(`Rule set ${ruleSetId} has no candidate ${version}`, 'version');
    const refusal = reviewRefusal(candidate, reviewer, decision);
    if (refusal) throw refusal;
    return candidate;
  }
}

function versionTaken(version: string, what: string): RuleSetProblem[] {
  return [{ path: '$.version', message: `version ${version} ${what}; raise the version` }];
}

export function problemsOf(error: unknown): RuleSetProblem[] {
  if (error instanceof RuleSetValidationError || error instanceof RuleSetRefusedError) return error.problems;
  return [{ path: '$', message: (error as Error).message }];
}
