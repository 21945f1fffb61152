import type { ServiceApp } from '#platform';
import { createCareCentresApp } from '../apps/care-centres/src/care-centres.app.js';
import { readCareCentresConfig } from '../apps/care-centres/src/care-centres.config.js';
import { createSettlementApp } from '../apps/settlement/src/settlement.app.js';
import { readSettlementConfig } from '../apps/settlement/src/settlement.config.js';
import { IsolatedEnvironment } from './support/isolated-environment.js';

describe('the settlement and care-centres services', () => {
  const env = new IsolatedEnvironment('services');
  const apps: ServiceApp[] = [];

  beforeAll(async () => {
    await env.createTopics();
    apps.push(
      await createSettlementApp(readSettlementConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_s` }))),
    );
    apps.push(
      await createCareCentresApp(
        readCareCentresConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_c` })),
      ),
    );
  });

  afterAll(async () => {
    await Promise.all(apps.map(({ app }) => app.close()));
    await env.query(`DROP SCHEMA IF EXISTS "${env.schema}_s" CASCADE`);
    await env.query(`DROP SCHEMA IF EXISTS "${env.schema}_c" CASCADE`);
    await env.dispose();
  });

  it('start, migrate their own schemas and report healthy dependencies', async () => {
    for (const { url } of apps) {
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'ok',
        details: { kafka: { status: 'up' }, database: { status: 'up' }, redis: { status: 'up' } },
      });
    }
    const tables = await env.query<{ table_schema: string }>(
      `SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox' AND table_schema LIKE $1`,
      [`${env.schema}_%`],
    );
    expect(tables.map((table) => table.table_schema).sort()).toEqual([`${env.schema}_c`, `${env.schema}_s`]);
  });

  it('publish an OpenAPI description', async () => {
    const response = await fetch(`${apps[0].url}/docs-json`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { paths: Record<string, unknown> }).paths).toHaveProperty('/health');
  });
});
