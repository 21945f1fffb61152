import { readFileSync } from 'node:fs';

import { CareCentreEventTypes, type EscalationRaised } from '#contracts';
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

  beforeAll(() => harness.start({ 'care-centres': {} }));
  afterAll(() => harness.stop());

  it('checks each child and counts the week against a target shortened to 2 months', async () => {
    const document = JSON.parse(
      readFileSync('rules/care-centres/escalations.json', 'utf8'),
    ) as RuleSetDocument;
    document.version = '9.0.0';
    document.parameters = document.parameters!.map((parameter) =>
      parameter.name === 'waitingTargetMonths' ? { ...parameter, value: 2 } : parameter,
    );
    const submitted = await care.post('/rules/care-centres-escalations/candidates', {
      ruleSet: document,
    });
    expect(submitted).toMatchObject({ status: 201, body: { status: 'activated', version: '9.0.0' } });

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
});
