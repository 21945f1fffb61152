import { waitUntil } from './wait-until.js';

describe('waitUntil', () => {
  const quickly = { timeoutMs: 30, intervalMs: 5 };
  const failureOf = (waiting: Promise<void>): Promise<Error> =>
    waiting.then(
      () => Promise.reject(new Error('the wait succeeded')),
      (error: unknown) => error as Error,
    );

  it('resolves once the condition holds, retrying a condition that throws meanwhile', async () => {
    let calls = 0;
    // a generous timeout: this one must not time out on a busy machine, only resolve after three calls
    await waitUntil(
      'the third call',
      () => {
        calls += 1;
        if (calls === 1) return Promise.reject(new Error('not started yet'));
        return Promise.resolve(calls === 3);
      },
      { timeoutMs: 10000, intervalMs: 1 },
    );
    expect(calls).toBe(3);
  });

  it('names what was awaited and the error of the last attempt when it times out', async () => {
    const error = await failureOf(
      waitUntil(
        'the service',
        () => Promise.reject(new TypeError('cannot read properties of undefined')),
        quickly,
      ),
    );
    expect(error.message).toBe(
      'Timed out after 30 ms waiting for the service ' +
        '(the last attempt failed: TypeError: cannot read properties of undefined)',
    );
    expect((error.cause as Error).message).toBe('cannot read properties of undefined');
  });

  it('says so when the error was not on the last attempt', async () => {
    let calls = 0;
    const error = await failureOf(
      waitUntil(
        'the service',
        () => {
          calls += 1;
          return calls === 1 ? Promise.reject(new Error('connection refused')) : Promise.resolve(false);
        },
        quickly,
      ),
    );
    expect(error.message).toBe(
      'Timed out after 30 ms waiting for the service (an earlier attempt failed: Error: connection refused)',
    );
  });

  it('names only what was awaited when no attempt failed', async () => {
    await expect(waitUntil('never', () => Promise.resolve(false), quickly)).rejects.toThrow(
      /^Timed out after 30 ms waiting for never$/,
    );
  });
});
