import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { decodeJwt } from 'jose';

import {
  type EscalationRaised,
  type EscalationResolved,
  ReceptionEventTypes,
  RuleEventTypes,
  type RuleSetCandidateRefused,
  type RuleSetVersionActivated,
} from '#contracts';
import { localKeycloakToken, type ServiceApp } from '#platform';
import type { RuleSetDocument } from '#rules';

import { ServiceHarness } from '../support/service-harness.js';

const RULE_SET = 'reception-escalations';

describe('rule sets activated while two instances of the reception service run', () => {
  const harness = new ServiceHarness('hot-rules');
  const reception = harness.service('reception');
  const rulesDirectory = mkdtempSync(path.join(tmpdir(), 'rules-'));
  const ruleFile = path.join(rulesDirectory, 'reception', 'escalations.json');
  const original = JSON.parse(readFileSync('rules/reception/escalations.json', 'utf8')) as RuleSetDocument;
  // One event per batch: each arrival is then its own evaluation and decision record, which the simulation
  // below counts (in batches, the rules decide once per batch on the state after it).
  const settings = {
    RULES_DIRECTORY: rulesDirectory,
    RULES_POLL_INTERVAL_MS: '200',
    KAFKA_BATCH_MAX_EVENTS: '1',
  };
  const author = () => reception.as('policy-author-udi');
  const approver = () => reception.as('policy-approver-udi');
  let second: ServiceApp;

  const withThreshold = (version: string, percent: number): RuleSetDocument => {
    const document = structuredClone(original);
    document.version = version;
    (document.rules[0].conditions as { all: { value: unknown }[] }).all[1].value = percent;
    return document;
  };
  const announcements = () => harness.probe.events<RuleSetVersionActivated>(RuleEventTypes.versionActivated);
  const latestVersionOf = (instanceId: string) =>
    announcements()
      .filter((a) => a.data.instanceId === instanceId)
      .at(-1)?.data.version;
  const instanceIds = () => [...new Set(announcements().map((a) => a.data.instanceId))];
  const bothRun = (version: string) =>
    harness.probe.waitFor(
      `both instances to announce ${version}`,
      () => instanceIds().length === 2 && instanceIds().every((id) => latestVersionOf(id) === version),
      15000,
    );
  const raised = () =>
    harness.probe
      .events<EscalationRaised>(ReceptionEventTypes.escalationRaised)
      .filter((e) => e.data.rule === 'national-occupancy-high');
  const resolved = () =>
    harness.probe
      .events<EscalationResolved>(ReceptionEventTypes.escalationResolved)
      .filter((e) => e.data.rule === 'national-occupancy-high');
  const send = (type: string, data: object) => harness.sender.send(type, data);
  const arrive = (n: number) =>
    send(ReceptionEventTypes.arrivalRegistered, {
      personId: `p-hot-${n}`,
      centreId: 'HOT-1',
      date: '2026-11-05',
    });
  const depart = (n: number) =>
    send(ReceptionEventTypes.departureRegistered, {
      personId: `p-hot-${n}`,
      centreId: 'HOT-1',
      date: '2026-11-06',
    });
  /** Every event the test has sent, each handled once by one of the two instances. */
  const sent = () => harness.sender.sent.length;

  beforeAll(async () => {
    mkdirSync(path.dirname(ruleFile));
    copyFileSync('rules/reception/escalations.json', ruleFile);
    await harness.start({ reception: settings });
    second = await reception.start(settings);
  });

  afterAll(() => harness.stop());

  it('starts both instances on the file version and announces it', async () => {
    await bothRun(original.version);
    await send(ReceptionEventTypes.centreRegistered, {
      centreId: 'HOT-1',
      hostMunicipalityNumber: '1103',
      type: 'ordinary',
      fixedPlaces: 20,
    });
    for (let n = 1; n <= 17; n += 1) await arrive(n); // 85 %: under the 95 % threshold
    await harness.waitForConsumed();
    expect(raised()).toHaveLength(0);
  });

  it('activates an edited rule file in every instance without a restart', async () => {
    writeFileSync(ruleFile, JSON.stringify(withThreshold('9.1.0', 80), null, 2));
    await bothRun('9.1.0');

    await arrive(18); // 90 %: over the new 80 % threshold
    await harness.waitForConsumed();
    expect(raised()).toHaveLength(1);
    expect(raised()[0].data.ruleSet).toMatchObject({ id: RULE_SET, version: '9.1.0' });
    expect(await reception.processedCount()).toBe(sent());
  });

  it('explains the decision behind the escalation in words, from any instance', async () => {
    const explanation = await reception.get<{
      text: string;
      reproducible: boolean;
      ruleSet: { version: string };
    }>(`/decisions/${raised()[0].data.decisionId}/explanation`, second);
    expect(explanation.ruleSet.version).toBe('9.1.0');
    expect(explanation.text).toContain('Rule "national-occupancy-high" fired (escalation, high)');
    expect(explanation.text).toContain('nationalOccupancyPercent (90) is at least 80: yes');
    expect(explanation.reproducible).toBe(true);
  });

  it('refuses an invalid file, says so, and keeps deciding with the previous version', async () => {
    const broken = withThreshold('9.1.1', 80);
    (broken.rules[0].conditions as { all: { fact: string }[] }).all[1].fact = 'occupancyRate';
    writeFileSync(ruleFile, JSON.stringify(broken, null, 2));
    await harness.probe.waitFor('both instances to refuse the file', () => {
      const refusals = harness.probe.events<RuleSetCandidateRefused>(RuleEventTypes.candidateRefused);
      return new Set(refusals.map((refusal) => refusal.data.instanceId)).size === 2;
    });
    const [refusal] = harness.probe.events<RuleSetCandidateRefused>(RuleEventTypes.candidateRefused);
    expect(refusal.data).toMatchObject({ ruleSetId: RULE_SET, activeVersion: '9.1.0' });
    expect(refusal.data.problems[0]).toMatchObject({
      path: '$.rules[0].conditions.all[1].fact',
      rule: 'national-occupancy-high',
    });

    await depart(1); // 85 %: still over 80 % (9.1.0), though under 95 % (the file's version)
    await harness.waitForConsumed();
    expect(resolved()).toHaveLength(0);
    expect((await reception.get<{ version: string }[]>('/rules', second))[0].version).toBe('9.1.0');
  });

  it('rolls back to an earlier version with one call', async () => {
    const response = await reception.as('policy-approver-udi').post(`/rules/${RULE_SET}/rollback`, {
      version: original.version,
      reason: 'back to the shipped threshold',
    });
    expect(response).toMatchObject({ status: 200, body: { status: 'activated', version: original.version } });
    await bothRun(original.version);

    await depart(2); // 80 %: under 95 %, so the file's version resolves the escalation
    await harness.waitForConsumed();
    expect(resolved()).toHaveLength(1);
    expect(resolved()[0].data.ruleSet.version).toBe(original.version);
  });

  it('takes candidates over HTTP: refuses invalid ones with the problems, activates approved ones everywhere', async () => {
    const invalid = withThreshold('9.2.0', 70);
    invalid.rules[1].name = invalid.rules[0].name;
    const refusedResponse = await author().post(
      `/rules/${RULE_SET}/candidates`,
      { ruleSet: invalid },
      second,
    );
    expect(refusedResponse.status).toBe(422);
    expect(refusedResponse.body).toMatchObject({
      problems: [
        { path: '$.rules[1].name', message: 'another rule is already called "national-occupancy-high"' },
      ],
    });

    const valid = await author().post(
      `/rules/${RULE_SET}/candidates`,
      { ruleSet: withThreshold('9.2.0', 70) },
      second,
    );
    expect(valid).toMatchObject({ status: 201, body: { status: 'pending', version: '9.2.0' } });
    const approved = await approver().post(`/rules/${RULE_SET}/candidates/9.2.0/approve`, {});
    expect(approved).toMatchObject({ status: 200, body: { status: 'activated', version: '9.2.0' } });
    await bothRun('9.2.0');

    const reused = await author().post(`/rules/${RULE_SET}/candidates`, {
      ruleSet: withThreshold('9.2.0', 60),
    });
    expect(reused.status).toBe(422);
    expect(JSON.stringify(reused.body)).toContain('version 9.2.0 was already used for different content');

    const history = await reception.get<{ version: string; activatedBy: string; reason: string }[]>(
      `/rules/${RULE_SET}/versions`,
    );
    expect(history.map((entry) => entry.version)).toEqual([
      '9.2.0',
      original.version,
      '9.1.0',
      original.version,
    ]);
    const approverSubject = decodeJwt(await localKeycloakToken({ user: 'policy-approver-udi' })).sub;
    expect(history[0]).toMatchObject({ activatedBy: approverSubject });
    expect(history[0].reason).toMatch(/^candidate submitted by .+ approved$/);
    expect(history[1]).toMatchObject({
      activatedBy: approverSubject,
      reason: `rollback to ${original.version}: back to the shipped threshold`,
    });
  });

  it('simulates a candidate over the recorded decisions', async () => {
    await harness.waitForConsumed();
    const [recorded] = await reception.query<{ count: string }>('SELECT count(*) FROM decision_records');
    expect(Number(recorded.count)).toBe(sent());
    const response = await reception.post('/rules/simulate', { ruleSet: withThreshold('9.3.0', 50) });
    expect(response.status).toBe(200);
    const report = response.body as {
      evaluations: number;
      appear: { count: number; byRule: Record<string, number> };
      disappear: { count: number };
      active: { version: string };
    };
    expect(report.active.version).toBe('9.2.0');
    expect(report.evaluations).toBe(sent());
    // Active 1.2.0 fires at 70 %; the candidate at 50 %: arrivals 10 to 13 (50-65 %) would now escalate.
    expect(report.appear.byRule).toEqual({ 'national-occupancy-high': 4 });
    expect(report.disappear.count).toBe(0);

    // The same simulation from the command line, as policy staff run it against the service's database.
    const candidateFile = path.join(rulesDirectory, 'candidate.json');
    writeFileSync(candidateFile, JSON.stringify(withThreshold('9.3.0', 50)));
    const cli = spawnSync(
      process.execPath,
      ['dist/tools/rules-cli.js', 'simulate', candidateFile, '--schema', reception.schema],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: harness.env.databaseUrl },
      },
    );
    expect(cli.stdout).toContain(`Candidate 9.3.0 against active 9.2.0 over ${sent()} recorded decisions`);
    expect(cli.stdout).toContain('would appear: 4 (national-occupancy-high: 4)');
    expect(cli.status).toBe(0);
  });

  it('resolves an open escalation whose rule a new version no longer has', async () => {
    await arrive(19); // 85 %: over 9.2.0's 70 %
    await harness.waitForConsumed();
    const open = () =>
      raised().filter((e) => !resolved().some((r) => r.data.escalationId === e.data.escalationId));
    expect(open()).toHaveLength(1);

    const withoutNationalRule = withThreshold('9.4.0', 70);
    withoutNationalRule.rules = withoutNationalRule.rules.filter(
      (rule) => rule.name !== 'national-occupancy-high',
    );
    const response = await author().post(`/rules/${RULE_SET}/candidates`, { ruleSet: withoutNationalRule });
    expect(response.status).toBe(201);
    expect((await approver().post(`/rules/${RULE_SET}/candidates/9.4.0/approve`, {})).status).toBe(200);
    await bothRun('9.4.0');

    await depart(3);
    await harness.waitForConsumed();
    expect(open()).toHaveLength(0);
    expect(resolved().at(-1)!.data.ruleSet.version).toBe('9.4.0');
  });
});
