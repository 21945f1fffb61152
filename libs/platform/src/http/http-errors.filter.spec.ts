import { type ArgumentsHost, BadRequestException } from '@nestjs/common';

import { ConflictError, NotFoundError, NotYetProcessableError, RejectedError } from '#domain';

import { HttpErrorsFilter } from './http-errors.filter.js';

function hostFor(request: object) {
  const answer: { status?: number; body?: unknown } = {};
  const response = {
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }),
  } as unknown as ArgumentsHost;
  return { host, answer };
}

describe('HttpErrorsFilter', () => {
  const filter = new HttpErrorsFilter();
  const request = {
    method: 'POST',
    route: { path: '/settlement/households/:householdId/placements' },
    params: { householdId: 'h-secret-1' },
    body: { municipalityNumber: '9999', reason: 'health needs of p-secret-2' },
  };

  it.each([
    [new NotFoundError('no municipality 9999', 'municipalityNumber'), 404, 'not-found'],
    [new RejectedError('a hard constraint excludes it'), 422, 'rejected'],
    [new ConflictError('already issued'), 409, 'conflict'],
    [new NotYetProcessableError('not registered yet'), 409, 'not-yet-processable'],
  ])('answers %p with %i', (error, status, kind) => {
    const { host, answer } = hostFor(request);
    filter.catch(error, host);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({
      statusCode: status,
      error: kind,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
    });
  });

  it("passes Nest's own HTTP exceptions through as they are", () => {
    const { host, answer } = hostFor(request);
    filter.catch(new BadRequestException(['year must be an integer']), host);
    expect(answer).toEqual({
      status: 400,
      body: { statusCode: 400, message: ['year must be an integer'], error: 'Bad Request' },
    });
  });

  it('answers anything else with a bare 500 and logs the route, never the parameters or driver values', () => {
    const logged: string[] = [];
    const logging = new HttpErrorsFilter({ error: (message: unknown) => void logged.push(String(message)) });
    const databaseError = Object.assign(new Error('invalid input syntax for type date: "p-secret-2"'), {
      name: 'QueryFailedError',
      driverError: { code: '22007' },
    });
    const { host, answer } = hostFor(request);
    logging.catch(databaseError, host);
    expect(answer).toEqual({ status: 500, body: { statusCode: 500, message: 'Internal server error' } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('POST /settlement/households/:householdId/placements failed');
    expect(logged[0]).toContain('QueryFailedError (SQLSTATE 22007)');
    expect(logged[0]).not.toMatch(/secret|9999/);
  });
});
