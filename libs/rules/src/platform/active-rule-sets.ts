import { readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import type { RuleSetCandidateRefused, RuleSetVersionActivated } from '#contracts';
import { CompiledRuleSet } from '../compiled-rule-set.js';
import { parseRuleSet, RuleSetValidationError } from '../load-rule-set.js';
import type { LoadedRuleSet } from '../rule-set.js';
import { RuleSetRefusedError } from './rule-set-refused.error.js';
import type { ActiveVersion, RuleSetStore } from './rule-set-store.js';

export interface RuleSetRegistration {
  ruleSetId: string;
  /** The rule file policy staff edit, absolute or relative to the working directory. */
  file: string;
}

export interface RuleAnnouncer {
  activated(announcement: RuleSetVersionActivated): Promise<void>;
  refused(refusal: RuleSetCandidateRefused): Promise<void>;
}

export interface ActiveRuleSetsSettings {
  service: string;
  instanceId: string;
  /** How often to look for versions activated by other instances. */
  pollIntervalMs: number;
  watchFiles: boolean;
}

export interface Submission {
  origin: string;
  submittedBy: string;
  reason: string;
}

export type SubmissionResult = { status: 'activated' | 'unchanged'; version: string; contentHash: string };

/**
 * The rule-set versions this instance decides with. Each version is compiled once and swapped in whole
 * between evaluations, so an event is decided by exactly one version. Activations are stored in the
 * service's schema; every instance picks up a new activation within a poll interval and announces it.
 */
export class ActiveRuleSets {
  private readonly logger = new Logger(ActiveRuleSets.name);
  private readonly compiled = new Map<string, CompiledRuleSet>();
  private readonly registrations = new Map<string, RuleSetRegistration>();
  private readonly watchers: FSWatcher[] = [];
  private readonly debounce = new Map<string, NodeJS.Timeout>();
  private poller?: NodeJS.Timeout;
  private refreshing?: Promise<void>;
  private queuedRefresh?: Promise<void>;

  constructor(
    private readonly store: RuleSetStore,
    private readonly announcer: RuleAnnouncer,
    private readonly settings: ActiveRuleSetsSettings,
  ) {}

  /** The compiled version in force now. */
  current(ruleSetId: string): CompiledRuleSet {
    const ruleSet = this.compiled.get(ruleSetId);
    if (!ruleSet) throw new Error(`Rule set ${ruleSetId} is not loaded`);
    return ruleSet;
  }

  registered(): RuleSetRegistration[] {
    return [...this.registrations.values()];
  }

  /**
   * At start-up: the rule file is activated when nothing is active yet or when it changed since it was last
   * seen; otherwise the stored active version stays (it may be a rollback or a candidate sent over HTTP).
   * An invalid file is refused and the stored version stays; with no stored version, start-up fails.
   */
  async register(registration: RuleSetRegistration): Promise<void> {
    this.registrations.set(registration.ruleSetId, registration);
    const origin = this.fileOrigin(registration);
    const active = await this.store.active(registration.ruleSetId);
    try {
      const text = readFileSync(registration.file, 'utf8');
      const loaded = parseRuleSet(text, registration.file);
      // Only content never seen before is activated at start-up: an older file on a replica that restarts
      // during a rolling change must not undo a newer version, a candidate or a rollback.
      const known = await this.store.version(registration.ruleSetId, { contentHash: loaded.contentHash });
      if (!active || !known) {
        await this.submit(registration.ruleSetId, text, {
          origin,
          submittedBy: origin,
          reason: active ? 'rule file changed while the service was down' : 'first start',
        });
        return;
      }
    } catch (error) {
      if (!active) throw error;
      if (!(error instanceof RuleSetRefusedError)) {
        await this.refuse(registration.ruleSetId, origin, origin, problemsOf(error));
      }
    }
    await this.load(active);
  }

  /** Validates a candidate and, if valid, activates it for every instance. Throws RuleSetRefusedError. */
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
    await this.refresh();
    return { status: outcome, version: document.version, contentHash };
  }

  /** Activates an earlier version again, found by version or content hash. */
  async rollback(
    ruleSetId: string,
    to: { version?: string; contentHash?: string },
    submittedBy: string,
  ): Promise<SubmissionResult> {
    const target = await this.store.version(ruleSetId, to);
    if (!target) throw new Error(`Rule set ${ruleSetId} has no version ${to.version ?? to.contentHash}`);
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
    await this.refresh();
    return { status: 'activated', version: target.version, contentHash: target.contentHash };
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
      for (const registration of this.registrations.values()) this.watch(registration);
  }

  async stop(): Promise<void> {
    clearInterval(this.poller);
    for (const watcher of this.watchers) watcher.close();
    for (const timer of this.debounce.values()) clearTimeout(timer);
    await this.refreshing;
  }

  /** Loads every activation made anywhere that this instance does not run yet. */
  refresh(): Promise<void> {
    // A refresh already under way may have read the activations before the newest one committed, so one more
    // runs after it; callers arriving meanwhile share that one.
    if (this.queuedRefresh) return this.queuedRefresh;
    const queued: Promise<void> = (this.refreshing ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        this.queuedRefresh = undefined;
        return this.refreshNow();
      });
    this.queuedRefresh = queued;
    this.refreshing = queued;
    void queued
      .catch(() => undefined)
      .finally(() => {
        if (this.refreshing === queued) this.refreshing = undefined;
      });
    return queued;
  }

  private async refreshNow(): Promise<void> {
    for (const active of await this.store.allActive()) {
      if (!this.registrations.has(active.ruleSetId)) continue;
      if (this.compiled.get(active.ruleSetId)?.reference.contentHash === active.contentHash) continue;
      await this.load(active);
    }
  }

  private async load(active: ActiveVersion): Promise<void> {
    const stored = await this.store.version(active.ruleSetId, { contentHash: active.contentHash });
    if (!stored) throw new Error(`Active version ${active.contentHash} of ${active.ruleSetId} is missing`);
    const compiled = new CompiledRuleSet(
      parseRuleSet(stored.content, `${active.ruleSetId}@${stored.version}`),
    );
    this.compiled.set(active.ruleSetId, compiled);
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

  private async refuse(
    ruleSetId: string,
    origin: string,
    submittedBy: string,
    problems: RuleSetRefusedError['problems'],
  ): Promise<RuleSetRefusedError> {
    const activeVersion = this.compiled.get(ruleSetId)?.version ?? null;
    const refusal = new RuleSetRefusedError(ruleSetId, origin, problems, activeVersion);
    this.logger.error(refusal.message);
    await this.store.recordRefusal(ruleSetId, origin, submittedBy, problems).catch(() => undefined);
    void this.announcer
      .refused({
        ruleSetId,
        service: this.settings.service,
        instanceId: this.settings.instanceId,
        origin,
        submittedBy,
        problems,
        activeVersion,
        refusedAt: new Date().toISOString(),
      })
      .catch((error: Error) => this.logger.warn(`Could not announce the refusal: ${error.message}`));
    return refusal;
  }

  private fileOrigin(registration: RuleSetRegistration): string {
    return `file:${path.relative(process.cwd(), path.resolve(registration.file))}`;
  }

  private watch(registration: RuleSetRegistration): void {
    const file = path.resolve(registration.file);
    const watcher = watch(path.dirname(file), (_event, changed) => {
      if (changed !== path.basename(file)) return;
      clearTimeout(this.debounce.get(file));
      this.debounce.set(
        file,
        setTimeout(() => void this.onFileChanged(registration), 300),
      );
    });
    this.watchers.push(watcher);
  }

  private async onFileChanged(registration: RuleSetRegistration): Promise<void> {
    const origin = this.fileOrigin(registration);
    let text: string;
    try {
      text = readFileSync(registration.file, 'utf8');
    } catch {
      return; // being replaced; the next change event brings the new file
    }
    await this.submit(registration.ruleSetId, text, {
      origin,
      submittedBy: origin,
      reason: 'rule file changed',
    }).catch((error: Error) => {
      if (!(error instanceof RuleSetRefusedError))
        this.logger.error(`Activating ${origin} failed: ${error.message}`);
    });
  }
}

function problemsOf(error: unknown): RuleSetRefusedError['problems'] {
  if (error instanceof RuleSetValidationError) return error.problems;
  if (error instanceof RuleSetRefusedError) return error.problems;
  return [{ path: '$', message: (error as Error).message }];
}
