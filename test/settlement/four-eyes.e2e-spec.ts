import { decodeJwt } from 'jose';

import { type EscalationResolved, SettlementEventTypes } from '#contracts';
import { type AuditPage, localKeycloakToken } from '#platform';
import type { RuleSetDocument } from '#rules';

import { ServiceHarness } from '../support/service-harness.js';

const RULE_SET = 'settlement-escalations';
const CRITERIA = 'settlement-request-criteria';

interface Draft {
  distributionId: string;
  status: string;
  replaces: string | null;
  issueReason: string | null;
  issuedBy: string | null;
}

/** Issue 9's four eyes and audit trail at the settlement service, with real tokens from the local Keycloak. */
describe('four eyes and the audit trail at the settlement service', () => {
  const harness = new ServiceHarness('settlement-four-eyes');
  const settlement = harness.service('settlement');
  const author = () => settlement.as('policy-author-imdi');
  const approver = () => settlement.as('policy-approver-imdi');
  const caseworker = () => settlement.as('caseworker-imdi');
  const auditor = () => settlement.as('auditor');
  const subjectOf = async (user: string) => decodeJwt(await localKeycloakToken({ user })).sub!;

  const candidateOf = async (id: string, version: string): Promise<RuleSetDocument> => {
    const document = await approver().get<RuleSetDocument>(`/rules/${id}`);
    return { ...document, version, description: `${document.description} (candidate ${version})` };
  };
  const activeVersion = async (id: string) => (await approver().get<RuleSetDocument>(`/rules/${id}`)).version;
  const auditRows = (action: string) =>
    settlement.query<{
      actor_subject: string;
      actor_name: string;
      target: string;
      outcome: string;
      reason: string | null;
    }>('SELECT * FROM audit_trail WHERE action = $1 ORDER BY audit_id', [action]);

  beforeAll(() => harness.start({ settlement: {} }));
  afterAll(() => harness.stop());

  describe('rule-set candidates', () => {
    it('keeps a candidate pending until another policy approver approves it; then it decides', async () => {
      const before = await activeVersion(RULE_SET);
      const submitted = await author().post(`/rules/${RULE_SET}/candidates`, {
        ruleSet: await candidateOf(RULE_SET, '90.0.0'),
        reason: 'clearer description',
      });
      expect(submitted).toMatchObject({ status: 201, body: { status: 'pending', version: '90.0.0' } });
      expect(await activeVersion(RULE_SET)).toBe(before);
      const pending = await approver().get<
        { version: string; status: string; submittedBy: { subject: string } }[]
      >(`/rules/${RULE_SET}/candidates`);
      expect(pending).toEqual([
        expect.objectContaining({
          version: '90.0.0',
          status: 'pending',
          submittedBy: expect.objectContaining({ subject: await subjectOf('policy-author-imdi') }),
        }),
      ]);

      // An author may submit, not approve.
      expect((await author().post(`/rules/${RULE_SET}/candidates/90.0.0/approve`, {})).status).toBe(403);

      const approved = await approver().post(`/rules/${RULE_SET}/candidates/90.0.0/approve`, {});
      expect(approved).toMatchObject({ status: 200, body: { status: 'activated', version: '90.0.0' } });
      expect(await activeVersion(RULE_SET)).toBe('90.0.0');
      const [latest] = await approver().get<{ version: string; activatedBy: string }[]>(
        `/rules/${RULE_SET}/versions`,
      );
      expect(latest).toMatchObject({
        version: '90.0.0',
        activatedBy: await subjectOf('policy-approver-imdi'),
      });
      expect(await approver().get(`/rules/${RULE_SET}/candidates`)).toEqual([]);
    });

    it('refuses the author approving their own candidate, which stays pending and inactive', async () => {
      const submitted = await approver().post(`/rules/${RULE_SET}/candidates`, {
        ruleSet: await candidateOf(RULE_SET, '90.1.0'),
      });
      expect(submitted).toMatchObject({ status: 201, body: { status: 'pending' } });

      const own = await approver().post(`/rules/${RULE_SET}/candidates/90.1.0/approve`, {});
      expect(own.status).toBe(403);
      expect(JSON.stringify(own.body)).toContain(
        `You submitted the candidate 90.1.0 of ${RULE_SET} yourself: another policy approver must approve it (four eyes)`,
      );
      expect(await activeVersion(RULE_SET)).toBe('90.0.0');
      expect(
        (await approver().get<{ version: string }[]>(`/rules/${RULE_SET}/candidates`)).map((c) => c.version),
      ).toEqual(['90.1.0']);
    });

    it('rejects a candidate with a reason; a rejected candidate cannot be approved', async () => {
      await author().post(`/rules/${RULE_SET}/candidates`, {
        ruleSet: await candidateOf(RULE_SET, '90.2.0'),
      });
      const withoutReason = await approver().post(`/rules/${RULE_SET}/candidates/90.2.0/reject`, {});
      expect(withoutReason.status).toBe(400);
      expect(JSON.stringify(withoutReason.body)).toContain('reason');

      const rejected = await approver().post(`/rules/${RULE_SET}/candidates/90.2.0/reject`, {
        reason: 'the thresholds were not agreed with the committee',
      });
      expect(rejected).toMatchObject({ status: 200, body: { status: 'rejected', version: '90.2.0' } });
      const [listed] = await approver().get<{ status: string; reason: string }[]>(
        `/rules/${RULE_SET}/candidates?status=rejected`,
      );
      expect(listed).toMatchObject({
        status: 'rejected',
        reason: 'the thresholds were not agreed with the committee',
      });
      const late = await approver().post(`/rules/${RULE_SET}/candidates/90.2.0/approve`, {});
      expect(late.status).toBe(409);
      expect(await activeVersion(RULE_SET)).toBe('90.0.0');
    });

    it('lets only a policy approver roll back', async () => {
      const [, previous] = await approver().get<{ version: string }[]>(`/rules/${RULE_SET}/versions`);
      expect((await author().post(`/rules/${RULE_SET}/rollback`, { version: previous.version })).status).toBe(
        403,
      );
      const rolledBack = await approver().post(`/rules/${RULE_SET}/rollback`, {
        version: previous.version,
        reason: 'back to the shipped wording',
      });
      expect(rolledBack).toMatchObject({ status: 200, body: { version: previous.version } });
      expect(await activeVersion(RULE_SET)).toBe(previous.version);
    });
  });

  describe('distributions', () => {
    const draftAs = async (calls: ReturnType<typeof author>, body: object = {}) => {
      const answer = await calls.post<Draft>('/settlement/requests/distribute', {
        year: 2031,
        total: 1200,
        emUnder15: 0,
        em15To18: 60,
        ...body,
      });
      expect(answer.status).toBe(201);
      return answer.body.distributionId;
    };
    const issue = (calls: ReturnType<typeof author>, id: string, body: object = {}) =>
      calls.post<Draft>(`/settlement/requests/distributions/${id}/issue`, body);
    let first: string;

    it('is issued only by a policy approver', async () => {
      first = await draftAs(author());
      expect((await issue(caseworker(), first)).status).toBe(403);
      expect((await issue(author(), first)).status).toBe(403);
      const issued = await issue(approver(), first);
      expect(issued).toMatchObject({ status: 200, body: { status: 'issued', replaces: null } });
      const stored = await approver().get<Draft & { draftedBy: { subject: string } }>(
        `/settlement/requests/distributions/${first}`,
      );
      expect(stored.draftedBy.subject).toBe(await subjectOf('policy-author-imdi'));
    });

    it('is refused from candidate criteria that no approver activated', async () => {
      const candidateDraft = await draftAs(author(), { criteria: await candidateOf(CRITERIA, '90.0.0') });
      const refused = await issue(approver(), candidateDraft);
      expect(refused.status).toBe(409);
      expect(JSON.stringify(refused.body)).toContain(
        'drafted with candidate criteria, which are not in force',
      );
    });

    it("replaces a year's issued requests only when told which, and why", async () => {
      const second = await draftAs(author());
      const withoutReplaces = await issue(approver(), second);
      expect(withoutReplaces.status).toBe(409);
      expect(JSON.stringify(withoutReplaces.body)).toContain(
        `2031 already has issued requests (distribution ${first}): to replace them, send \\"replaces\\": \\"${first}\\" with a \\"reason\\"`,
      );
      expect((await issue(approver(), second, { replaces: first })).status).toBe(409);

      const replaced = await issue(approver(), second, {
        replaces: first,
        reason: 'the committee revised the need',
      });
      expect(replaced).toMatchObject({
        status: 200,
        body: { status: 'issued', replaces: first, issueReason: 'the committee revised the need' },
      });
      expect((await approver().get<Draft>(`/settlement/requests/distributions/${first}`)).status).toBe(
        'superseded',
      );
    });

    it('refuses issuedBy in the body: who issues comes from the token', async () => {
      const draft = await draftAs(author());
      const answer = await issue(approver(), draft, { issuedBy: 'mallory' });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).toContain('issuedBy');
    });
  });

  describe('checks for a past day', () => {
    it('report what they would resolve and leave every escalation as it is', async () => {
      await harness.sender.send(SettlementEventTypes.personReady, {
        personId: 'p-fe-1',
        householdId: 'h-fe-1',
        householdSize: 1,
        permitDate: '2025-01-06',
        unaccompaniedMinor: false,
        ageBand: 'adult',
        familyWithChildren: false,
        needs: [],
        readyOn: '2025-01-06',
      });
      await harness.waitForConsumed();
      // Today's check finds the household past its target (6 months from the permit) and escalates it.
      const today = await approver().post<{ raised: number; preview?: boolean }>('/settlement/checks', {});
      expect(today.status).toBe(200);
      expect(today.body.preview).toBeUndefined();
      const escalations = () =>
        settlement.query<{ escalation_id: string; status: string; resolved_at: Date | null }>(
          'SELECT escalation_id, status, resolved_at FROM escalations ORDER BY escalation_id',
        );
      const before = await escalations();
      const [caseOpen] = await settlement.query<{ status: string }>(
        `SELECT status FROM escalations WHERE subject = 'household:h-fe-1' AND rule_name = 'household-past-target'`,
      );
      expect(caseOpen).toEqual({ status: 'open' });
      const runsBefore = await settlement.query('SELECT * FROM check_runs');
      const snapshotsBefore = await settlement.query(
        'SELECT * FROM waiting_snapshots ORDER BY week_start, group_name',
      );

      const preview = await approver().post<{
        preview: boolean;
        wouldResolve: { rule: string; subject: string }[];
      }>('/settlement/checks', { asOf: '2025-02-01' });
      expect(preview.status).toBe(200);
      expect(preview.body.preview).toBe(true);
      expect(preview.body.wouldResolve).toEqual(
        expect.arrayContaining([{ rule: 'household-past-target', subject: 'household:h-fe-1' }]),
      );
      await harness.waitForConsumed();
      expect(await escalations()).toEqual(before);
      expect(await settlement.query('SELECT * FROM check_runs')).toEqual(runsBefore);
      expect(
        await settlement.query('SELECT * FROM waiting_snapshots ORDER BY week_start, group_name'),
      ).toEqual(snapshotsBefore);
      expect(
        harness.probe
          .events<EscalationResolved>(SettlementEventTypes.escalationResolved)
          .filter((event) => event.data.subject === 'household:h-fe-1'),
      ).toEqual([]);
      const [ranToday, audited] = await auditRows('checks.run');
      expect(ranToday).toMatchObject({ outcome: 'done' });
      expect(audited).toMatchObject({
        outcome: 'preview',
        actor_subject: await subjectOf('policy-approver-imdi'),
      });
    });
  });

  describe('the audit trail', () => {
    it('has who, what and why of every change above, written with the change', async () => {
      const approverSubject = await subjectOf('policy-approver-imdi');
      const authorSubject = await subjectOf('policy-author-imdi');
      expect(await auditRows('rule-set.candidate-submitted')).toEqual([
        expect.objectContaining({ actor_subject: authorSubject, target: `rule-set:${RULE_SET}@90.0.0` }),
        expect.objectContaining({ actor_subject: approverSubject, target: `rule-set:${RULE_SET}@90.1.0` }),
        expect.objectContaining({ actor_subject: authorSubject, target: `rule-set:${RULE_SET}@90.2.0` }),
      ]);
      expect(await auditRows('rule-set.candidate-approved')).toEqual([
        expect.objectContaining({ actor_subject: approverSubject, target: `rule-set:${RULE_SET}@90.0.0` }),
      ]);
      expect(await auditRows('rule-set.candidate-rejected')).toEqual([
        expect.objectContaining({ reason: 'the thresholds were not agreed with the committee' }),
      ]);
      expect(await auditRows('rule-set.rolled-back')).toEqual([
        expect.objectContaining({ actor_subject: approverSubject, reason: 'back to the shipped wording' }),
      ]);
      const issued = await auditRows('distribution.issued');
      expect(issued.filter((row) => row.outcome === 'done')).toEqual([
        expect.objectContaining({ actor_subject: approverSubject, reason: null }),
        expect.objectContaining({ actor_subject: approverSubject, reason: 'the committee revised the need' }),
      ]);
      expect(issued.filter((row) => row.outcome === 'refused').length).toBeGreaterThanOrEqual(3);
      expect((await auditRows('distribution.drafted')).length).toBeGreaterThanOrEqual(4);
    });

    it("records every read of a person's record", async () => {
      expect((await caseworker().get<{ personId: string }>('/settlement/persons/p-fe-1')).personId).toBe(
        'p-fe-1',
      );
      expect(await auditRows('person.read')).toEqual([
        expect.objectContaining({
          actor_subject: await subjectOf('caseworker-imdi'),
          target: 'person:p-fe-1',
        }),
      ]);
    });

    it('refuses to change or delete a row, whoever connects', async () => {
      await expect(settlement.query(`UPDATE audit_trail SET reason = 'nothing happened'`)).rejects.toThrow(
        'audit_trail is append-only: UPDATE refused',
      );
      await expect(settlement.query('DELETE FROM audit_trail')).rejects.toThrow(
        'audit_trail is append-only: DELETE refused',
      );
      await expect(settlement.query('TRUNCATE audit_trail')).rejects.toThrow(
        'audit_trail is append-only: TRUNCATE refused',
      );
    });

    it('is read with GET /audit by auditors and policy approvers, not by caseworkers', async () => {
      expect((await caseworker().request('GET', '/audit')).status).toBe(403);
      expect((await settlement.anonymous.request('GET', '/audit')).status).toBe(401);

      const page = await auditor().get<AuditPage>('/audit?action=distribution.issued&limit=2');
      expect(page.entries).toHaveLength(2);
      expect(page.entries.every((entry) => entry.action === 'distribution.issued')).toBe(true);
      expect(page.next).toBeDefined();
      const older = await auditor().get<AuditPage>(
        `/audit?action=distribution.issued&limit=2&before=${page.next}`,
      );
      expect(Number(older.entries[0].auditId)).toBeLessThan(Number(page.entries[1].auditId));

      const reads = await approver().get<AuditPage>('/audit?target=person:p-fe-1');
      expect(reads.entries).toEqual([
        expect.objectContaining({
          action: 'person.read',
          outcome: 'done',
          actor: expect.objectContaining({ displayName: expect.any(String) }),
        }),
      ]);
      const bad = await auditor().request('GET', '/audit?action=everything');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('action must be one of');
    });
  });
});
