import { SerialRefresh } from './serial-refresh.js';

/** A refresh whose runs the test finishes one by one. */
function controlledRefresh() {
  const finishers: (() => void)[] = [];
  let started = 0;
  const refresh = new SerialRefresh(() => {
    started += 1;
    return new Promise<void>((resolve) => finishers.push(resolve));
  });
  return { refresh, finishers, started: () => started };
}

describe('SerialRefresh', () => {
  it('runs one refresh at a time, and one more after it for callers who came meanwhile', async () => {
    const { refresh, finishers, started } = controlledRefresh();
    const first = refresh.run();
    await Promise.resolve();
    await Promise.resolve();
    expect(started()).toBe(1);

    const second = refresh.run();
    const third = refresh.run();
    expect(third).toBe(second);
    expect(started()).toBe(1);

    finishers[0]();
    await first;
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(started()).toBe(2);
    finishers[1]();
    await Promise.all([second, third]);
    await refresh.settled();
    expect(started()).toBe(2);
  });

  it('goes on after a refresh that failed', async () => {
    let calls = 0;
    const refresh = new SerialRefresh(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('database away')) : Promise.resolve();
    });
    await expect(refresh.run()).rejects.toThrow('database away');
    await expect(refresh.run()).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});
