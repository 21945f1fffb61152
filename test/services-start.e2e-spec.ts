import { ServiceHarness } from './support/service-harness.js';

describe('the settlement and care-centres services', () => {
  const harness = new ServiceHarness('services');
  const services = [harness.service('settlement'), harness.service('care-centres')];

  beforeAll(() => harness.start({ settlement: {}, 'care-centres': {} }));
  afterAll(() => harness.stop());

  it('start, migrate their own schemas and report healthy dependencies', async () => {
    for (const service of services) {
      const health = await service.request('GET', '/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({
        status: 'ok',
        details: { kafka: { status: 'up' }, database: { status: 'up' }, redis: { status: 'up' } },
      });
    }
    const schemas = services.map((service) => service.schema).sort();
    const tables = await harness.env.query<{ table_schema: string }>(
      `SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox' AND table_schema = ANY($1)`,
      [schemas],
    );
    expect(tables.map((table) => table.table_schema).sort()).toEqual(schemas);
  });

  it('publish an OpenAPI description', async () => {
    const docs = await services[0].request<{ paths: Record<string, unknown> }>('GET', '/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.paths).toHaveProperty('/health');
  });
});
