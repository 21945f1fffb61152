import type { Request } from 'express';

import { callerOf, RequestCounter } from './rate-limit.js';

describe('RequestCounter', () => {
  it("allows a caller's requests up to the limit in its window, then says how long to wait", () => {
    let now = 0;
    const counter = new RequestCounter(2, 10_000, () => now);
    expect(counter.hit('a')).toEqual({ allowed: true, remaining: 1, resetSeconds: 10 });
    now = 4_000;
    expect(counter.hit('a')).toEqual({ allowed: true, remaining: 0, resetSeconds: 6 });
    expect(counter.hit('a')).toEqual({ allowed: false, remaining: 0, resetSeconds: 6 });
    expect(counter.hit('b')).toEqual({ allowed: true, remaining: 1, resetSeconds: 10 });
    now = 10_000;
    expect(counter.hit('a')).toEqual({ allowed: true, remaining: 1, resetSeconds: 10 });
  });
});

describe('callerOf', () => {
  it('counts a request for its verified principal, or else for its address', () => {
    const withPrincipal = {
      principal: { issuer: 'https://idp.example', subject: 'u-1' },
      ip: '127.0.0.1',
    } as unknown as Request;
    expect(callerOf(withPrincipal)).toBe('principal https://idp.example u-1');
    expect(callerOf({ ip: '192.0.2.1' } as Request)).toBe('address 192.0.2.1');
  });
});
