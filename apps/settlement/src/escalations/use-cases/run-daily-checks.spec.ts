import type { EntityManager } from 'typeorm';

import type { AuditEntry } from '#platform';

import type { WaitingSummaryAnswer } from '../../people/use-cases/waiting-summary.js';
import type { WaitingFigures } from '../../people/waiting-figures.js';
import type { SnapshotGroup } from '../checks.repository.js';
import { RunDailyChecks } from './run-daily-checks.js';

const figures = (waiting: number, beyondTarget: number): WaitingFigures => ({
  waiting,
  beyondTarget,
  shareBeyondTarget: null,
  medianDaysWaiting: null,
});

describe('RunDailyChecks', () => {
  let log: string[];
  let snapshots: { week: string; group: SnapshotGroup; waiting: number; beyondTarget: number }[];
  let runs: { jobId: string; instanceId: string; asOf: string; summary: object }[];
  let transactions: number;
  let rolledBack: number;
  let audited: AuditEntry[];
  let checks: RunDailyChecks;

  beforeEach(() => {
    log = [];
    snapshots = [];
    runs = [];
    transactions = 0;
    rolledBack = 0;
    audited = [];
    const summary: WaitingSummaryAnswer = {
      asOf: '2026-07-22',
      ...figures(7, 4),
      inReceptionAndCareCentres: figures(5, 3),
      unaccompaniedMinors: figures(2, 1),
      familiesWithChildren: figures(1, 0),
      resettlementRefugees: figures(2, 1),
      others: figures(2, 2),
    };
    checks = new RunDailyChecks(
      { execute: () => Promise.resolve(summary) },
      { waitingHouseholds: () => Promise.resolve(['h-2', 'h-1']) },
      {
        recordSnapshot: (week, group, waiting, beyondTarget) => {
          log.push(`snapshot ${group}`);
          snapshots.push({ week, group, waiting, beyondTarget });
          return Promise.resolve();
        },
        householdsWithOpenEscalations: () => Promise.resolve(['h-1', 'h-0']),
        recordRun: (jobId, instanceId, asOf, summary) => {
          runs.push({ jobId, instanceId, asOf, summary });
          return Promise.resolve();
        },
      },
      {
        execute: (transaction, year) => {
          log.push(`national ${year} in ${(transaction as unknown as { id: number }).id}`);
          return Promise.resolve({ raised: 1, resolved: 0 });
        },
      },
      {
        execute: (transaction, householdId, asOf) => {
          log.push(`${householdId} ${asOf} in ${(transaction as unknown as { id: number }).id}`);
          return Promise.resolve(
            householdId === 'h-0'
              ? {
                  raised: 0,
                  resolved: 1,
                  changes: {
                    raised: [],
                    resolved: [{ rule: 'household-past-target', subject: 'household:h-0' }],
                  },
                }
              : { raised: 1, resolved: 0 },
          );
        },
      },
      {
        run: <T>(work: (transaction: EntityManager) => Promise<T>) => {
          transactions += 1;
          return work({ id: transactions } as unknown as EntityManager);
        },
        rolledBack: <T>(work: (transaction: EntityManager) => Promise<T>) => {
          rolledBack += 1;
          return work({ id: `rolled-back-${rolledBack}` } as unknown as EntityManager);
        },
      },
      {
        record: (entry: AuditEntry) => {
          audited.push(entry);
          return Promise.resolve();
        },
      },
    );
  });

  it("records the week's waiting snapshot (those in reception and care centres) before judging the national triggers, which read it", async () => {
    await checks.execute('2026-07-22', { jobId: 'job-1', instanceId: 'settlement-a' });
    expect(snapshots).toEqual([
      { week: '2026-07-20', group: 'all', waiting: 5, beyondTarget: 3 },
      { week: '2026-07-20', group: 'unaccompanied-minors', waiting: 2, beyondTarget: 1 },
    ]);
    expect(log.slice(0, 3)).toEqual(['snapshot all', 'snapshot unaccompanied-minors', 'national 2026 in 1']);
  });

  it("re-checks next year's national triggers too, so next year's issued requests are watched before 1 January", async () => {
    await checks.execute('2026-11-24', { jobId: 'job-1', instanceId: 'settlement-a' });
    expect(log.slice(2, 4)).toEqual(['national 2026 in 1', 'national 2027 in 2']);
  });

  it('checks every household waiting or with an open case once, each in a transaction of its own', async () => {
    await checks.execute('2026-07-22', { jobId: 'job-1', instanceId: 'settlement-a' });
    expect(log.slice(4)).toEqual(['h-0 2026-07-22 in 3', 'h-1 2026-07-22 in 4', 'h-2 2026-07-22 in 5']);
  });

  it('sums up what was raised and resolved, and records the run with its summary', async () => {
    const summary = await checks.execute('2026-07-22', { jobId: 'job-1', instanceId: 'settlement-a' });
    expect(summary).toEqual({
      asOf: '2026-07-22',
      years: [2026, 2027],
      households: 3,
      raised: 4,
      resolved: 1,
    });
    expect(runs).toEqual([{ jobId: 'job-1', instanceId: 'settlement-a', asOf: '2026-07-22', summary }]);
    expect(audited).toEqual([
      {
        actor: { subject: 'system:schedule', displayName: 'the daily schedule' },
        action: 'checks.run',
        target: 'checks:settlement',
        outcome: 'done',
        details: { asOf: '2026-07-22', raised: 4, resolved: 1, jobId: 'job-1' },
      },
    ]);
  });

  it('previews a past day in one transaction that is rolled back, records no run, and audits it as a preview', async () => {
    const caseworker = { subject: 'u-1', displayName: 'Kari Approver' };
    const summary = await checks.execute(
      '2026-07-22',
      { jobId: 'job-2', instanceId: 'settlement-a', requestedBy: caseworker },
      true,
    );
    expect(rolledBack).toBe(1);
    expect(log).toEqual([
      'snapshot all',
      'snapshot unaccompanied-minors',
      'national 2026 in rolled-back-1',
      'national 2027 in rolled-back-1',
      'h-0 2026-07-22 in rolled-back-1',
      'h-1 2026-07-22 in rolled-back-1',
      'h-2 2026-07-22 in rolled-back-1',
    ]);
    expect(summary).toMatchObject({
      preview: true,
      raised: 4,
      resolved: 1,
      wouldResolve: [{ rule: 'household-past-target', subject: 'household:h-0' }],
    });
    expect(runs).toEqual([]);
    expect(audited).toEqual([
      expect.objectContaining({ actor: caseworker, action: 'checks.run', outcome: 'preview' }),
    ]);
  });
});
