import { randomUUID } from 'node:crypto';

import { subjectOf } from '../support/local-callers.js';
import { ServiceHarness } from '../support/service-harness.js';

interface Refusal {
  statusCode: number;
  message: string;
  field: string;
}

/** Who did something comes from the token: a body that says who acts is refused, naming the field. */
describe('the actor of every change comes from the token, never from the body', () => {
  const harness = new ServiceHarness('actors');
  const settlement = harness.service('settlement');
  const reception = harness.service('reception');

  beforeAll(() => harness.start({ settlement: {}, reception: { WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true' } }));
  afterAll(() => harness.stop());

  const refusedFor = (field: string) => ({
    status: 400,
    body: {
      statusCode: 400,
      field,
      message: `${field} is not accepted: who does this comes from your token`,
    },
  });

  it.each([
    [
      'reception',
      'PUT',
      '/reception/host-municipalities/0301/webhook',
      { url: 'https://kommune.example/x', updatedBy: 'Oslo kommune' },
      'updatedBy',
    ],
    [
      'reception',
      'POST',
      '/rules/reception-escalations/candidates',
      { submittedBy: 'nobody-checked-this', ruleSet: {} },
      'submittedBy',
    ],
    [
      'reception',
      'POST',
      '/rules/reception-escalations/rollback',
      { submittedBy: 'x', version: '1.0.0' },
      'submittedBy',
    ],
    [
      'settlement',
      'POST',
      `/settlement/requests/distributions/${randomUUID()}/issue`,
      { issuedBy: 'mallory' },
      'issuedBy',
    ],
    [
      'settlement',
      'POST',
      '/settlement/households/h-1/placements',
      { municipalityNumber: '5001', chosenBy: 'cw 17' },
      'chosenBy',
    ],
    [
      'settlement',
      'POST',
      '/settlement/indicators',
      { suppliedBy: 'IMDi', csv: 'kommunenummer,employmentRate\n0301,70\n' },
      'suppliedBy',
    ],
  ] as const)('%s %s %s with %#: 400 naming the field', async (service, method, path, body, field) => {
    const answer = await harness.service(service).request<Refusal>(method, path, body);
    expect(answer).toMatchObject(refusedFor(field));
  });

  it('refuses a spreadsheet upload that names its supplier in the query', async () => {
    const response = await settlement.fetch('/settlement/indicators?suppliedBy=IMDi', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'kommunenummer,employmentRate\n0301,70\n',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'suppliedBy' });
  });

  it('still answers 401 first to a caller without a token', async () => {
    const answer = await reception.anonymous.put('/reception/host-municipalities/0301/webhook', {
      url: 'https://kommune.example/x',
      updatedBy: 'Oslo kommune',
    });
    expect(answer.status).toBe(401);
  });

  it("records the token's subject as who set a webhook", async () => {
    const answer = await reception
      .as('municipality-staff-oslo')
      .put('/reception/host-municipalities/0301/webhook', { url: 'http://127.0.0.1:9/hook' });
    expect(answer.status).toBe(200);
    const [row] = await reception.query<{ updated_by: string }>(
      `SELECT updated_by FROM host_municipality_webhooks WHERE municipality_number = '0301'`,
    );
    expect(row.updated_by).toBe(await subjectOf('municipality-staff-oslo'));
  });
});
