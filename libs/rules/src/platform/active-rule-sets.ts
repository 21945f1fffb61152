import { readFileSync } from 'node:fs';

import { Logger } from '@nestjs/common';

import type { RuleSetVersionActivated } from '#contracts';
import type { AuditActor } from '#platform';

import { CompiledRuleSet } from '../compiled-rule-set.js';
import { parseRuleSet } from '../load-rule-set.js';
import { fileChangeHandling } from './candidate-review.js';
import { fileOrigin, RuleFileWatcher } from './rule-file-watcher.js';
import {
  type AuditRecorder,
  problemsOf,
  type RefusalAnnouncer,
  RuleSetActivation,
  type Submission,
  type SubmissionResult,
} from './rule-set-activation.js';
import type { RuleSetCandidatesStore } from './rule-set-candidates.store.js';
import { RuleSetRefusedError } from './rule-set-refused.error.js';
import { type RuleSetRegistration, RuleSetRegistry } from './rule-set-registry.js';
import type { ActiveVersion, RuleSetStore } from './rule-set-store.js';
import { SerialRefresh } from './serial-refresh.js';

export type { RuleSetRegistration } from './rule-set-registry.js';
export type { Submission, SubmissionResult } from './rule-set-activation.js';

export interface RuleAnnouncer extends RefusalAnnouncer {
  activated(announcement: RuleSetVersionActivated): Promise<void>;
}

export interface ActiveRuleSetsSettings {
  service: string;
  instanceId: string;
  /** How often to look for versions activated by other instances. */
  pollIntervalMs: number;
  watchFiles: boolean;
  /**
   * Whether a changed rule file is activated at once (the deployment path for reviewed changes) or becomes a
   * candidate a policy approver must approve (production, when files are not reviewed before they land).
   */
  fileActivation: boolean;
}

/**
 * The rule-set versions this instance decides with, kept in step with every other instance: activations are
 * stored in the service's schema, and each instance loads a new one within a poll interval (or at once when
 * it made it) and announces it. Composes the registry (what is in force here), the activation (what may
 * become active), the serial refresh (loading what others activated) and the rule-file watcher.
 */
export class ActiveRuleSets {
  private readonly logger = new Logger(ActiveRuleSets.name);
  private readonly registry = new RuleSetRegistry();
  private readonly activation: RuleSetActivation;
  private readonly refresher = new SerialRefresh(() => this.loadNewActivations());
  private readonly watcher = new RuleFileWatcher((registration, text) =>
    this.onFileChanged(registration, text),
  );
  private poller?: NodeJS.Timeout;

  constructor(
    private readonly store: RuleSetStore,
    candidates: RuleSetCandidatesStore,
    audit: AuditRecorder,
    private readonly announcer: RuleAnnouncer,
    private readonly settings: ActiveRuleSetsSettings,
  ) {
    this.activation = new RuleSetActivation(
      store,
      candidates,
      audit,
      announcer,
      { service: settings.service, instanceId: settings.instanceId },
      (ruleSetId) => this.registry.find(ruleSetId)?.version ?? null,
    );
  }

  /** The compiled version in force now. */
  current(ruleSetId: string): CompiledRuleSet {
    return this.registry.current(ruleSetId);
  }

  registered(): RuleSetRegistration[] {
    return this.registry.registered();
  }

  /** The reference (version, content hash) of the version in force, or undefined before one is loaded. */
  find(ruleSetId: string): { version: string; contentHash: string } | undefined {
    return this.registry.find(ruleSetId)?.reference;
  }

  /**
   * At start-up: the rule file is activated when nothing is active yet, or when it changed since it was last seen
   * (a candidate instead when file activation is off); otherwise the stored active version stays (it may be a
   * rollback or an approved candidate). An invalid file is refused and the stored version stays; with no stored
   * version, start-up fails.
   */
  async register(registration: RuleSetRegistration): Promise<void> {
    this.registry.register(registration);
    const origin = fileOrigin(registration);
    const active = await this.store.active(registration.ruleSetId);
    try {
      const text = readFileSync(registration.file, 'utf8');
      const loaded = parseRuleSet(text, registration.file);
      // Only content never seen before is activated at start-up: an older file on a replica that restarts
      // during a rolling change must not undo a newer version, a candidate or a rollback.
      const known = await this.store.version(registration.ruleSetId, { contentHash: loaded.contentHash });
      if (!active || !known) {
        const reason = active ? 'rule file changed while the service was down' : 'first start';
        await this.fileChanged(registration, text, reason, active !== undefined);
        await this.refresh(); // the file's version, or the stored one while the file waits for review
        return;
      }
    } catch (error) {
      if (!active) throw error;
      if (!(error instanceof RuleSetRefusedError))
        await this.activation.refuse(registration.ruleSetId, origin, origin, problemsOf(error));
    }
    await this.load(active);
  }

  /** Keeps a valid candidate pending a policy approver's review. Throws RuleSetRefusedError. */
  propose(ruleSetId: string, text: string, submission: Submission): Promise<SubmissionResult> {
    return this.activation.propose(ruleSetId, text, submission);
  }

  /** Another policy approver than the author approves a candidate; it is active in every instance. */
  async approve(
    ruleSetId: string,
    version: string,
    approver: AuditActor,
    reason?: string,
  ): Promise<SubmissionResult> {
    const result = await this.activation.approve(ruleSetId, version, approver, reason);
    await this.refresh();
    return result;
  }

  reject(ruleSetId: string, version: string, approver: AuditActor, reason: string): Promise<void> {
    return this.activation.reject(ruleSetId, version, approver, reason);
  }

  /** Activates an earlier version again, found by version or content hash (a policy approver's decision). */
  async rollback(
    ruleSetId: string,
    to: { version?: string; contentHash?: string },
    approver: AuditActor,
    reason?: string,
  ): Promise<SubmissionResult> {
    const result = await this.activation.rollback(ruleSetId, to, approver, reason);
    await this.refresh();
    return result;
  }

  start(): void {
    this.poller = setInterval(
      () =>
        void this.refresh().catch((error: Error) =>
          this.logger.warn(`Rule refresh failed: ${error.message}`),
        ),
      this.settings.pollIntervalMs,
    );
    if (this.settings.watchFiles)
      for (const registration of this.registry.registered()) this.watcher.watch(registration);
  }

  async stop(): Promise<void> {
    clearInterval(this.poller);
    this.watcher.close();
    await this.refresher.settled();
  }

  /** Loads every activation made anywhere that this instance does not run yet. */
  refresh(): Promise<void> {
    return this.refresher.run();
  }

  private async loadNewActivations(): Promise<void> {
    for (const active of await this.store.allActive()) {
      if (!this.registry.isRegistered(active.ruleSetId)) continue;
      if (this.registry.find(active.ruleSetId)?.reference.contentHash === active.contentHash) continue;
      await this.load(active);
    }
  }

  private async load(active: ActiveVersion): Promise<void> {
    const stored = await this.store.version(active.ruleSetId, { contentHash: active.contentHash });
    if (!stored) throw new Error(`Active version ${active.contentHash} of ${active.ruleSetId} is missing`);
    this.registry.swapIn(
      new CompiledRuleSet(parseRuleSet(stored.content, `${active.ruleSetId}@${stored.version}`)),
    );
    this.logger.log(
      `Rule set ${active.ruleSetId} ${stored.version} is active (activated by ${active.activatedBy})`,
    );
    void this.announcer
      .activated({
        ruleSetId: active.ruleSetId,
        version: stored.version,
        contentHash: active.contentHash,
        service: this.settings.service,
        instanceId: this.settings.instanceId,
        activatedBy: active.activatedBy,
        activatedAt: new Date().toISOString(),
      })
      .catch((error: Error) =>
        this.logger.warn(`Could not announce ${active.ruleSetId} ${stored.version}: ${error.message}`),
      );
  }

  private async onFileChanged(registration: RuleSetRegistration, text: string): Promise<void> {
    await this.fileChanged(registration, text, 'rule file changed', true)
      .then(() => this.refresh())
      .catch((error: Error) => {
        if (!(error instanceof RuleSetRefusedError))
          this.logger.error(`Handling ${fileOrigin(registration)} failed: ${error.message}`);
      });
  }

  /** A rule file's new text: activated (a reviewed deployment, or the first start) or a candidate to review. */
  private fileChanged(
    registration: RuleSetRegistration,
    text: string,
    reason: string,
    hasActiveVersion: boolean,
  ): Promise<SubmissionResult> {
    const origin = fileOrigin(registration);
    const submission: Submission = { origin, submittedBy: fileActor(origin), reason };
    return fileChangeHandling(this.settings, hasActiveVersion) === 'activate'
      ? this.activation.activateFile(registration.ruleSetId, text, submission)
      : this.activation.propose(registration.ruleSetId, text, submission);
  }
}

/** A rule file acts for whoever deployed it: it is named by its path. */
export function fileActor(origin: string): AuditActor {
  return { subject: origin, displayName: `rule file ${origin.replace(/^file:/, '')}` };
}
