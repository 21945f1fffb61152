import { type EscalationRaised, type EscalationResolved, SettlementEventTypes } from '#contracts';

import { ServiceHarness } from '../support/service-harness.js';

describe('settlement escalations, on events and in the daily checks', () => {
  const harness = new ServiceHarness('settlement-escalations');
  const settlement = harness.service('settlement');
  const send = (type: string, data: object) => harness.sender.send(type, data);
  const raised = (rule: string) =>
    harness.probe
      .events<EscalationRaised>(SettlementEventTypes.escalationRaised)
      .filter((e) => e.data.rule === rule);
  const resolved = (rule: string) =>
    harness.probe
      .events<EscalationResolved>(SettlementEventTypes.escalationResolved)
      .filter((e) => e.data.rule === rule);
  const estimate = (year: number, total: number, estimatedOn: string) =>
    send(SettlementEventTypes.needEstimated, {
      year,
      total,
      emUnder15: 0,
      em15To18: Math.round(total / 20),
      source: 'committee',
      estimatedOn,
    });
  const issue = async (year: number) => {
    // Drafted by a policy author, issued by an approver (four eyes).
    const draft = await settlement.as('policy-author-imdi').post('/settlement/requests/distribute', { year });
    const { distributionId, municipalities } = draft.body as {
      distributionId: string;
      municipalities: { kommunenummer: string; requested: number }[];
    };
    const issued = await settlement
      .as('policy-approver-imdi')
      .post(`/settlement/requests/distributions/${distributionId}/issue`, {});
    expect(issued.status).toBe(200);
    return municipalities.filter((m) => m.requested > 0);
  };

  // The test replays days of 2026: checks from its first day on change escalations (earlier ones preview).
  beforeAll(() => harness.start({ settlement: { CHECKS_APPLY_FROM: '2026-01-01' } }));
  afterAll(() => harness.stop());

  it('recommends reassessing the distribution when the need changes by 10 % or more', async () => {
    await estimate(2026, 13000, '2025-10-01');
    await harness.waitForConsumed();
    await issue(2026);
    await estimate(2026, 12500, '2026-03-01'); // -3.8 %: nothing
    await harness.waitForConsumed();
    expect(raised('need-changed')).toHaveLength(0);

    await estimate(2026, 11500, '2026-06-01'); // -11.5 %
    await harness.waitForConsumed();
    expect(raised('need-changed')).toHaveLength(1);
    expect(raised('need-changed')[0].data).toMatchObject({
      subject: 'national:2026',
      severity: 'high',
      facts: { needSinceDistribution: [13000, 11500] },
    });

    const explanation = await settlement.get<{ text: string }>(
      `/decisions/${raised('need-changed')[0].data.decisionId}/explanation`,
    );
    expect(explanation.text).toContain(
      'needSinceDistribution ([13000, 11500]) changed by at least this percentage: 10: yes',
    );
  });

  it('escalates when the decisions, once in, fall short of the need by more than 10 %', async () => {
    await estimate(2027, 60, '2026-10-01');
    await harness.waitForConsumed();
    const asked = await issue(2027);
    expect(asked.length).toBeGreaterThan(1);
    for (const [index, municipality] of asked.entries()) {
      const total = Math.floor(municipality.requested / 2);
      await send(SettlementEventTypes.municipalityDecided, {
        year: 2027,
        municipalityNumber: municipality.kommunenummer,
        total,
        em: 0,
        decidedOn: '2027-01-15',
      });
      if (index === asked.length - 2) {
        await harness.waitForConsumed();
        expect(raised('decisions-short-of-need')).toHaveLength(0); // not all decisions are in yet
      }
    }
    await harness.waitForConsumed();
    expect(raised('decisions-short-of-need')).toHaveLength(1);
    expect(raised('decisions-short-of-need')[0].data.subject).toBe('national:2027');
    // 2027's checks judge 2027 only: 2026's changed need stays open.
    expect(resolved('need-changed')).toHaveLength(0);

    // The goal achievement sets 2027's requests against the decisions, per county and against the need.
    const report = await settlement.get<{
      needAndDecisions: {
        need: { total: number };
        requested: number;
        decided: number;
        decidedPercentOfNeed: number;
      };
      counties: { countyNumber: string; requested: number; decided: number }[];
    }>('/settlement/goal-achievement/2027');
    const requested = asked.reduce((sum, m) => sum + m.requested, 0);
    const decided = asked.reduce((sum, m) => sum + Math.floor(m.requested / 2), 0);
    expect(report.needAndDecisions).toMatchObject({ need: { total: 60 }, requested, decided });
    expect(report.needAndDecisions.decidedPercentOfNeed).toBe(Math.round((decided / 60) * 1000) / 10);
    for (const county of report.counties) {
      const inCounty = asked.filter((m) => m.kommunenummer.slice(0, 2) === county.countyNumber);
      expect(county).toMatchObject({
        requested: inCounty.reduce((sum, m) => sum + m.requested, 0),
        decided: inCounty.reduce((sum, m) => sum + Math.floor(m.requested / 2), 0),
      });
    }
  });

  it('escalates long waits rising three weeks in a row, and each household past its target, until it is settled', async () => {
    for (const [n, permitDate] of ['2026-01-05', '2026-01-12', '2026-01-19'].entries()) {
      await send(SettlementEventTypes.personReady, {
        personId: `p-wait-${n}`,
        householdId: `h-wait-${n}`,
        householdSize: 1,
        permitDate,
        unaccompaniedMinor: false,
        ageBand: 'adult',
        familyWithChildren: false,
        needs: [],
        readyOn: permitDate,
      });
    }
    await harness.waitForConsumed();
    for (const asOf of ['2026-07-01', '2026-07-08', '2026-07-15']) {
      const run = await settlement.post('/settlement/checks', { asOf });
      expect(run.status).toBe(200);
    }
    await harness.waitForConsumed();
    expect(raised('long-waits-rising')).toHaveLength(0);

    const run = await settlement.post('/settlement/checks', { asOf: '2026-07-22' });
    expect(run.body).toMatchObject({ asOf: '2026-07-22', households: 3 });
    await harness.waitForConsumed();
    expect(raised('long-waits-rising')).toHaveLength(1);
    expect(raised('long-waits-rising')[0].data).toMatchObject({
      subject: 'waiting',
      facts: { beyondTargetPerWeek: [0, 1, 2, 3], shareBeyondTargetPerWeek: [0, 33.3, 66.7, 100] },
    });
    expect(raised('em-long-waits-rising')).toHaveLength(0);
    // Each household past its target has one open case escalation (the checks ran for days in July after the
    // event-triggered checks had used today's date, so earlier ones were raised and resolved on the way).
    const openCases = async () =>
      (await settlement.get<{ rule: string; subject: string }[]>('/settlement/escalations?status=open'))
        .filter((escalation) => escalation.rule === 'household-past-target')
        .map((escalation) => escalation.subject)
        .sort();
    expect(await openCases()).toEqual(['household:h-wait-0', 'household:h-wait-1', 'household:h-wait-2']);

    await send(SettlementEventTypes.personSettled, {
      personId: 'p-wait-0',
      municipalityNumber: '0301',
      settledOn: '2026-07-23',
    });
    await harness.waitForConsumed();
    expect(resolved('household-past-target').at(-1)?.subject).toBe('household:h-wait-0');
    expect(await openCases()).toEqual(['household:h-wait-1', 'household:h-wait-2']);
  });

  it("re-checks this year's and next year's issued requests every day, each year its own escalations", async () => {
    const run = await settlement.post('/settlement/checks', { asOf: '2026-11-24' });
    expect(run.body).toMatchObject({ asOf: '2026-11-24', years: [2026, 2027] });
    await harness.waitForConsumed();
    const open = await settlement.get<{ rule: string; subject: string }[]>(
      '/settlement/escalations?status=open',
    );
    expect(
      open
        .filter((e) => e.subject.startsWith('national'))
        .map((e) => `${e.rule} ${e.subject}`)
        .sort(),
    ).toEqual([
      'decisions-short-of-need national:2027',
      'em-need-changed national:2026',
      'need-changed national:2026',
      // The estimates keep EM at a twentieth of the total, so the 15–18 component moved by 11.5 % too.
      'need-component-changed national:2026',
    ]);
  });
});
