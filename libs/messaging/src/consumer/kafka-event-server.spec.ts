import { heartbeatIntervalFor } from './kafka-event-server.js';

describe('heartbeatIntervalFor', () => {
  it('heartbeats at least three times per session timeout, and at most every 3 s', () => {
    expect(heartbeatIntervalFor(6000)).toBe(2000);
    expect(heartbeatIntervalFor(10000)).toBe(3000);
    expect(heartbeatIntervalFor(30000)).toBe(3000);
    for (const timeout of [6000, 7000, 10000, 45000]) {
      expect(heartbeatIntervalFor(timeout) * 3).toBeLessThanOrEqual(timeout);
    }
  });
});
