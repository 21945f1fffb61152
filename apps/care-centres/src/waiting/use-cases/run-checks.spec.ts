import { InMemoryCare } from '../../testing/in-memory-care.js';
import {
  careRuleSetsWithTarget,
  inOneTransaction,
  RecordingAudit,
  RecordingEvaluations,
  TRANSACTION,
} from '../../testing/stand-ins.js';
import { RunChecks } from './run-checks.js';

describe('RunChecks', () => {
  let care: InMemoryCare;
  let evaluations: RecordingEvaluations;
  let runChecks: RunChecks;
  let audit: RecordingAudit;

  beforeEach(async () => {
    care = new InMemoryCare();
    evaluations = new RecordingEvaluations();
    // A 4-month target of the test's own: the checks must read it from the rule set in force.
    audit = new RecordingAudit();
    runChecks = new RunChecks(inOneTransaction, careRuleSetsWithTarget(4), care, care, evaluations, audit);
    await care.register(TRANSACTION, {
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      statePlaces: 5,
      privatePlaces: 0,
    });
    const permits: [string, string | null][] = [
      ['c-1', '2026-01-10'], // 4 months end 2026-05-10: beyond on 2026-05-14
      ['c-2', '2026-01-14'], // ends 2026-05-14: not beyond yet on that day
      ['c-3', '2026-02-01'],
      ['c-4', null], // no permit yet
    ];
    for (const [personId, permitDate] of permits) {
      await care.takeIntoCare(TRANSACTION, personId, '2025-12-01', 'RAA-1');
      await care.place(TRANSACTION, personId, 'OSL-1', '2025-12-02');
      if (permitDate) await care.recordPermit(TRANSACTION, personId, permitDate, []);
    }
    await care.takeIntoCare(TRANSACTION, 'c-gone', '2025-12-01', 'RAA-1');
    await care.recordPermit(TRANSACTION, 'c-gone', '2025-06-01', []);
    await care.leaveCare(TRANSACTION, 'c-gone', '2026-03-01', 'settled');
  });

  it('checks every child still in care, keeps the week’s number beyond the target, then the national triggers', async () => {
    expect(await runChecks.execute('2026-05-14')).toEqual({ asOf: '2026-05-14', children: 4 });
    expect(evaluations.asked).toEqual([
      'child c-1 as of 2026-05-14',
      'child c-2 as of 2026-05-14',
      'child c-3 as of 2026-05-14',
      'child c-4 as of 2026-05-14',
      'national',
    ]);
    expect([...care.weeks]).toEqual([['2026-05-11', 1]]);
  });

  it('keeps one figure per week, the latest check of the week winning', async () => {
    await runChecks.execute('2026-05-11');
    await runChecks.execute('2026-05-15');
    await runChecks.execute('2026-06-02');
    expect([...care.weeks]).toEqual([
      ['2026-05-11', 2],
      ['2026-06-01', 3],
    ]);
  });

  it('previews in one transaction that is rolled back, answers what would change, and audits a preview', async () => {
    const approver = { subject: 'u-2', displayName: 'Bufdir approver' };
    expect(await runChecks.execute('2026-05-14', { preview: true, requestedBy: approver })).toEqual({
      asOf: '2026-05-14',
      children: 4,
      preview: true,
      wouldRaise: [],
      wouldResolve: [],
    });
    expect(evaluations.asked).toEqual([
      'child c-1 as of 2026-05-14',
      'child c-2 as of 2026-05-14',
      'child c-3 as of 2026-05-14',
      'child c-4 as of 2026-05-14',
      'national',
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({ actor: approver, action: 'checks.run', outcome: 'preview' }),
    ]);
  });

  it('checks as of today when no day is given', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await runChecks.execute()).asOf).toBe(today);
  });
});
