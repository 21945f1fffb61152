import { ForbiddenException } from '@nestjs/common';

import { ConflictError } from '#domain';

import { fileChangeHandling, reviewRefusal } from './candidate-review.js';
import type { RuleSetCandidate } from './rule-set-candidates.store.js';

const author = { subject: 'author-1', displayName: 'Ada Author' };
const approver = { subject: 'approver-2', displayName: 'Per Approver' };
const candidate = (
  overrides: Partial<RuleSetCandidate> = {},
): Pick<RuleSetCandidate, 'ruleSetId' | 'version' | 'status' | 'submittedBy'> => ({
  ruleSetId: 'request-criteria',
  version: '2.1.0',
  status: 'pending',
  submittedBy: author,
  ...overrides,
});

describe('reviewRefusal (four eyes on rule sets)', () => {
  it('lets another person decide a pending candidate', () => {
    expect(reviewRefusal(candidate(), approver, 'approve')).toBeUndefined();
    expect(reviewRefusal(candidate(), approver, 'reject')).toBeUndefined();
  });

  it('refuses the author, whatever their name says, with 403 naming the candidate', () => {
    const refusal = reviewRefusal(
      candidate(),
      { subject: 'author-1', displayName: 'Someone Else' },
      'approve',
    );
    expect(refusal).toBeInstanceOf(ForbiddenException);
    expect(refusal?.message).toBe(
      'You submitted the candidate 2.1.0 of request-criteria yourself: another policy approver must approve it (four eyes)',
    );
  });

  it('lets a person approve a candidate from a rule file (the file is not a person)', () => {
    const fromFile = candidate({
      submittedBy: { subject: 'file:rules/request-criteria.json', displayName: 'rule file' },
    });
    expect(reviewRefusal(fromFile, approver, 'approve')).toBeUndefined();
  });

  it('refuses to decide a candidate already decided, with 409', () => {
    for (const status of ['approved', 'rejected'] as const) {
      const refusal = reviewRefusal(candidate({ status }), approver, 'approve');
      expect(refusal).toBeInstanceOf(ConflictError);
      expect(refusal?.message).toBe(
        `The candidate 2.1.0 of request-criteria is already ${status}; submit a new candidate`,
      );
    }
  });
});

describe('fileChangeHandling', () => {
  it('activates a changed file when file activation is on (a reviewed deployment)', () => {
    expect(fileChangeHandling({ fileActivation: true }, true)).toBe('activate');
  });

  it('keeps a changed file as a candidate when file activation is off', () => {
    expect(fileChangeHandling({ fileActivation: false }, true)).toBe('candidate');
  });

  it('activates the file at the first start even when file activation is off: something must decide', () => {
    expect(fileChangeHandling({ fileActivation: false }, false)).toBe('activate');
  });
});
