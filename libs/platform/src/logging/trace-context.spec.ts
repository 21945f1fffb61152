import { newTraceId, requestIdOf, traceIdOf } from './trace-context.js';

describe('trace context', () => {
  it('takes the trace id of a valid W3C traceparent', () => {
    expect(traceIdOf('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    );
  });

  it.each([
    ['missing', undefined],
    ['not four parts', '00-4bf92f3577b34da6a3ce929d0e0e4736-01'],
    ['an all-zero trace id', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
    ['an all-zero parent id', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01'],
    ['the forbidden version ff', 'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    ['repeated', ['00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01']],
  ])('ignores a traceparent that is %s', (_, header) => {
    expect(traceIdOf(header)).toBeUndefined();
  });

  it('makes new trace ids of 32 hex digits', () => {
    expect(newTraceId()).toMatch(/^[0-9a-f]{32}$/);
    expect(newTraceId()).not.toBe(newTraceId());
  });

  it("keeps the caller's request id when it is a plain token, and replaces one that could forge log lines", () => {
    expect(requestIdOf('req-42.a:b_c')).toBe('req-42.a:b_c');
    const replaced = requestIdOf('x"}\n{"level":"error');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf('x'.repeat(129))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
