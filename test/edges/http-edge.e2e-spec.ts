import { ServiceHarness, type TestService } from '../support/service-harness.js';

/** Every service's HTTP edge as started for real: helmet's headers, CORS closed unless configured, rate limits. */
describe('the HTTP edge of every service', () => {
  const harness = new ServiceHarness('http-edge');
  const services = (['settlement', 'reception', 'care-centres'] as const).map((name) =>
    harness.service(name),
  );
  const [settlement, reception, careCentres] = services;

  beforeAll(() =>
    harness.start({
      settlement: {},
      reception: { CORS_ALLOWED_ORIGINS: 'https://workbench.example,http://127.0.0.1:5173' },
      'care-centres': { RATE_LIMIT_REQUESTS: '3', RATE_LIMIT_WINDOW_SECONDS: '120' },
    }),
  );
  afterAll(() => harness.stop());

  const preflight = (service: TestService, path: string, origin: string) =>
    fetch(`${service.url}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });

  it.each(['settlement', 'reception'] as const)(
    "%s sends helmet's headers and no X-Powered-By",
    async (name) => {
      const response = await fetch(`${harness.service(name).url}/health`);
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    },
  );

  it('answers no CORS by default, so browsers refuse cross-origin calls', async () => {
    const answer = await preflight(
      settlement,
      '/settlement/requests/distribute',
      'https://workbench.example',
    );
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers CORS for the configured origins, and only them', async () => {
    const path = '/reception/host-municipalities/0301/webhook';
    for (const origin of ['https://workbench.example', 'http://127.0.0.1:5173']) {
      const answer = await preflight(reception, path, origin);
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('access-control-allow-methods')).toContain('PUT');
    }
    const other = await preflight(reception, path, 'https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 429 with Retry-After past the configured limit, and sends the security headers with it', async () => {
    for (let call = 1; call <= 3; call += 1) {
      const response = await careCentres.fetch('/care-centres/occupancy');
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-limit')).toBe('3');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const refused = await careCentres.fetch('/care-centres/occupancy');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(refused.headers.get('x-powered-by')).toBeNull();
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
