import { ConflictError } from '#domain';

import { issueRefusal, type IssueRequest } from './issue-refusal.js';

const ACTIVE = { version: '3.0.0', contentHash: 'a'.repeat(64) };
const author = { subject: 'author-1', displayName: 'Ada Author' };
const approver = { subject: 'approver-2', displayName: 'Per Approver' };
const PREVIOUS = '11111111-1111-4111-8111-111111111111';

const request = (overrides: Partial<IssueRequest> = {}, draft: Partial<IssueRequest['draft']> = {}) =>
  issueRefusal({
    draft: {
      distributionId: 'd-new',
      year: 2026,
      status: 'draft',
      candidate: false,
      ruleSet: { id: 'request-criteria', version: '3.0.0', contentHash: ACTIVE.contentHash },
      draftedBy: author,
      ...draft,
    },
    activeCriteria: ACTIVE,
    issuedNow: undefined,
    replaces: null,
    reason: null,
    ...overrides,
  });

describe('issueRefusal (issuing distributions)', () => {
  it('lets a policy approver issue a draft of the criteria in force, drafted by someone else', () => {
    expect(request()).toBeUndefined();
  });

  it('lets the approver who drafted it issue it: the criteria it uses were approved by a second person', () => {
    expect(request({}, { draftedBy: approver })).toBeUndefined();
    expect(request({}, { draftedBy: null })).toBeUndefined();
  });

  it('refuses a draft made with candidate criteria, however they were made (409)', () => {
    const refusal = request({}, { candidate: true });
    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal?.message).toContain('drafted with candidate criteria, which are not in force');
  });

  it('refuses a draft of criteria replaced since, naming both versions', () => {
    const refusal = request(
      {},
      { ruleSet: { id: 'request-criteria', version: '2.0.0', contentHash: 'b'.repeat(64) } },
    );
    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal?.message).toBe(
      'Distribution d-new was drafted with request-criteria 2.0.0, but 3.0.0 is in force now: draft again',
    );
  });

  it('refuses anything but a draft', () => {
    expect(request({}, { status: 'issued' })?.message).toBe('Distribution d-new is issued, not a draft');
  });

  describe('in a year that already has issued requests', () => {
    const issuedNow = { distributionId: PREVIOUS };
    const message = `2026 already has issued requests (distribution ${PREVIOUS}): to replace them, send "replaces": "${PREVIOUS}" with a "reason"`;

    it('refuses without replaces, naming the issued distribution (409)', () => {
      const refusal = request({ issuedNow });
      expect(refusal).toBeInstanceOf(ConflictError);
      expect(refusal?.message).toBe(message);
      expect((refusal as ConflictError).field).toBe('replaces');
    });

    it('refuses replaces naming another distribution, or without a reason', () => {
      expect(request({ issuedNow, replaces: 'd-other', reason: 'new figures' })?.message).toBe(message);
      expect(request({ issuedNow, replaces: PREVIOUS, reason: '  ' })?.message).toBe(message);
      expect(request({ issuedNow, replaces: PREVIOUS })?.message).toBe(message);
    });

    it('lets replaces with a reason through', () => {
      expect(request({ issuedNow, replaces: PREVIOUS, reason: 'the need was revised' })).toBeUndefined();
    });
  });

  it('refuses replaces in a year with nothing issued', () => {
    expect(request({ replaces: PREVIOUS, reason: 'x' })?.message).toBe(
      `2026 has no issued requests, so distribution ${PREVIOUS} cannot be replaced: leave out "replaces"`,
    );
  });
});
