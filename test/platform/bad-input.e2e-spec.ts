import { ServiceHarness } from '../support/service-harness.js';

interface ErrorBody {
  statusCode: number;
  message: string | string[];
}

/** Input no field accepts answers 400 naming the field, before validation or the database sees it. */
describe('bad HTTP input answers 4xx naming the field, never 500', () => {
  const harness = new ServiceHarness('bad-input');
  const reception = harness.service('reception');
  const send = async (method: string, path: string, body?: string) => {
    const response = await reception.fetch(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as ErrorBody };
  };
  const messageOf = (body: ErrorBody) => [body.message].flat().join('; ');

  beforeAll(() => harness.start({ reception: {} }));
  afterAll(() => harness.stop());

  it('refuses a NUL character in a body field, a query value and a route parameter', async () => {
    const body = await send(
      'PUT',
      '/reception/host-municipalities/0301/webhook',
      JSON.stringify({ url: 'https://kommune.example/x', updatedBy: 'case\u0000worker' }),
    );
    expect(body.status).toBe(400);
    expect(messageOf(body.body)).toBe('body.updatedBy must not contain NUL characters');

    const query = await send('GET', '/reception/escalations?status=open%00');
    expect(query.status).toBe(400);
    expect(messageOf(query.body)).toBe('query.status must not contain NUL characters');

    const parameter = await send('GET', '/decisions/abc%00def/explanation');
    expect(parameter.status).toBe(400);
    expect(messageOf(parameter.body)).toBe('param.id must not contain NUL characters');
  });

  it('refuses a body nested deeper than the bound, without overflowing the stack', async () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const answer = await send(
      'PUT',
      '/reception/host-municipalities/0301/webhook',
      `{"url":"https://kommune.example/x","updatedBy":"a","extra":${deep}}`,
    );
    expect(answer.status).toBe(400);
    expect(messageOf(answer.body)).toMatch(/^body\.extra(\[0\])+ nests deeper than 32 levels$/);
  });

  it('refuses a date that does not exist, naming the field', async () => {
    const answer = await send('GET', '/reception/occupancy/days?from=2026-02-30&to=2026-03-31');
    expect(answer.status).toBe(400);
    expect(messageOf(answer.body)).toBe('from must be a date that exists, like 2026-11-24');
    const ordinary = await send('GET', '/reception/occupancy/days?from=2026-02-28&to=2026-03-31');
    expect(ordinary.status).toBe(200);
  });
});
