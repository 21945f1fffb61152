import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { OutboxRelay } from './outbox-relay.js';
import type { PartitionCounts } from './topic-partitions.js';

describe('OutboxRelay while failing', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('waits out its backoff: nudges after outbox writes do not cut it short', async () => {
    let attempts = 0;
    const database = {
      transaction: () => {
        attempts += 1;
        return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
      },
    } as unknown as DataSource;
    const partitions: PartitionCounts = { countOf: () => Promise.resolve(1), forget: () => undefined };
    const relay = new OutboxRelay(
      database,
      { send: () => Promise.resolve([]) },
      { topicPrefix: '' },
      { schema: 'test', pollIntervalMs: 50 },
      partitions,
    );

    relay.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(attempts).toBe(1);

    // A busy consumer nudges after every event it handled; the relay keeps to its backoff (400 ms after one failure).
    for (let nudge = 0; nudge < 100; nudge += 1) {
      relay.nudge();
      await jest.advanceTimersByTimeAsync(3);
    }
    expect(attempts).toBe(1);
    await jest.advanceTimersByTimeAsync(100);
    expect(attempts).toBe(2);

    // The backoff grows: 800 ms after the second failure, whatever the nudges.
    for (let nudge = 0; nudge < 70; nudge += 1) {
      relay.nudge();
      await jest.advanceTimersByTimeAsync(10);
    }
    expect(attempts).toBe(2);
    await jest.advanceTimersByTimeAsync(100);
    expect(attempts).toBe(3);

    const stopped = relay.stop();
    await jest.advanceTimersByTimeAsync(0);
    await stopped;
  });
});
