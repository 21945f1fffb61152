import { readFileSync } from 'node:fs';

import { CareCentreEventTypes, type EscalationRaised, type EscalationResolved } from '#contracts';
import type { RuleSetDocument } from '#rules';

import { ServiceHarness } from '../support/service-harness.js';

describe('care centres: the waiting target is the one policy staff set in the rule set', () => {
  const harness = new ServiceHarness('care-target');
  const care = harness.service('care-centres');
  const waitingLong = (personId: string) =>
    harness.probe
      .events<EscalationRaised>(CareCentreEventTypes.escalationRaised)
      .filter((event) => event.data.rule === 'child-waiting-past-target')
      .filter((event) => event.data.subject === `child:${personId}`);
  const check = (asOf: string) => care.post('/care-centres/checks', { asOf });

  // The test replays days of 2026, so checks from its first day on change escalations (earlier ones preview).
  beforeAll(() => harness.start({ 'care-centres': { CHECKS_APPLY_FROM: '2026-03-01' } }));
  afterAll(() => harness.stop());

  it('checks each child and counts the week against a target shortened to 2 months', async () => {
    const document = JSON.parse(
      readFileSync('rules/care-centres/escalations.json', 'utf8'),
    ) as RuleSetDocument;
    document.version = '9.0.0';
    document.parameters = document.parameters!.map((parameter) =>
      parameter.name === 'waitingTargetMonths' ? { ...parameter, value: 2 } : parameter,
    );
    const submitted = await care
      .as('policy-author-bufdir')
      .post('/rules/care-centres-escalations/candidates', {
        ruleSet: document,
      });
    expect(submitted).toMatchObject({ status: 201, body: { status: 'pending', version: '9.0.0' } });
    const approved = await care
      .as('policy-approver-bufdir')
      .post('/rules/care-centres-escalations/candidates/9.0.0/approve', {});
    expect(approved).toMatchObject({ status: 200, body: { status: 'activated', version: '9.0.0' } });

    await harness.sender.send(CareCentreEventTypes.centreRegistered, {
      centreId: 'TGT-1',
      hostMunicipalityNumber: '3103',
      statePlaces: 10,
      privatePlaces: 0,
    });
    for (const [personId, permitDate] of [
      ['c-early', '2026-01-10'],
      ['c-later', '2026-01-20'],
    ]) {
      await harness.sender.send(CareCentreEventTypes.childPlaced, {
        personId,
        centreId: 'TGT-1',
        date: '2026-01-02',
      });
      await harness.sender.send(CareCentreEventTypes.permitGranted, {
        personId,
        centreId: 'TGT-1',
        permitDate,
        needs: [],
        mappedOn: permitDate,
      });
    }
    await harness.waitForConsumed();
    expect((await care.get<{ permitDate: string | null }>('/care-centres/children/c-later')).permitDate).toBe(
      '2026-01-20',
    );

    // 2 months from 2026-01-10 end on 2026-03-10; with the shipped 3 months nobody would be past it yet.
    expect(await check('2026-03-15')).toEqual({ status: 200, body: { asOf: '2026-03-15', children: 2 } });
    await harness.probe.waitFor('the early child to be escalated', () => waitingLong('c-early').length === 1);
    expect(waitingLong('c-early')[0].data.facts.childDaysPastTarget).toBe(5);
    expect(waitingLong('c-early')[0].data.ruleSet.version).toBe('9.0.0');

    // The week of 2026-03-09 counted one child beyond the 2-month target (none beyond 3 months).
    expect((await check('2026-03-25')).status).toBe(200);
    await harness.probe.waitFor('the later child to be escalated', () => waitingLong('c-later').length === 1);
    const [later] = waitingLong('c-later');
    expect(later.data.facts.childDaysPastTarget).toBe(5);
    const decision = await care.get<{ facts: Record<string, unknown> }>(
      `/decisions/${later.data.decisionId}/explanation`,
    );
    expect(decision.facts.childrenBeyondTargetPerWeek).toEqual([1]);
  });

  it('previews a check for a day before CHECKS_APPLY_FROM: what it would resolve, with nothing changed', async () => {
    const escalations = () =>
      care.query<{ escalation_id: string; status: string }>(
        'SELECT escalation_id, status FROM escalations ORDER BY escalation_id',
      );
    const before = await escalations();
    const weeks = await care.query('SELECT * FROM waiting_snapshots ORDER BY week_start');
    const preview = await check('2026-02-01');
    expect(preview).toMatchObject({ status: 200, body: { asOf: '2026-02-01', children: 2, preview: true } });
    expect((preview.body as { wouldResolve: { subject: string }[] }).wouldResolve).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'child-waiting-past-target', subject: 'child:c-early' }),
        expect.objectContaining({ rule: 'child-waiting-past-target', subject: 'child:c-later' }),
      ]),
    );
    await harness.waitForConsumed();
    expect(await escalations()).toEqual(before);
    expect(await care.query('SELECT * FROM waiting_snapshots ORDER BY week_start')).toEqual(weeks);
    expect(
      harness.probe
        .events<EscalationResolved>(CareCentreEventTypes.escalationResolved)
        .filter((event) => event.data.rule === 'child-waiting-past-target'),
    ).toEqual([]);
    const [audited] = await care.query<{ outcome: string; details: { asOf: string } }>(
      `SELECT * FROM audit_trail WHERE action = 'checks.run' AND outcome = 'preview'`,
    );
    expect(audited.details.asOf).toBe('2026-02-01');
  });
});
