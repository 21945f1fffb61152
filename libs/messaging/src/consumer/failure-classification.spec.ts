import { ConflictError, NotFoundError, NotYetProcessableError, RejectedError } from '#domain';

import { classifyFailure } from './failure-classification.js';

describe('classifyFailure', () => {
  it('dead-letters events the domain refuses: not found, rejected, conflict', () => {
    expect(classifyFailure(new NotFoundError('unknown centre'))).toBe('permanent');
    expect(classifyFailure(new RejectedError('mapped before the permit'))).toBe('permanent');
    expect(classifyFailure(new ConflictError('already settled'))).toBe('permanent');
  });

  it('treats an unreachable database as transient, also when wrapped by TypeORM', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(classifyFailure(refused)).toBe('transient');
    const wrapped = Object.assign(new Error('query failed'), { driverError: { code: '57P01' } });
    expect(classifyFailure(wrapped)).toBe('transient');
  });

  it('gives an event that is not processable yet a few tries before dead-lettering it', () => {
    expect(classifyFailure(new NotYetProcessableError('the departure has not arrived yet'))).toBe(
      'unexpected',
    );
  });

  it('treats a programming error as unexpected (retried a few times, then dead-lettered)', () => {
    expect(classifyFailure(new TypeError('x is undefined'))).toBe('unexpected');
    expect(classifyFailure(Object.assign(new Error('duplicate'), { code: '23505' }))).toBe('unexpected');
  });
});
