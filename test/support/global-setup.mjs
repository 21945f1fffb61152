// Runs once before the end-to-end tests, from the compiled infra scripts (`npm run test:e2e` builds first):
// starts what is missing (the local Kafka broker) and creates the test database.
import { bringUpInfrastructure, infrastructureSettingsFromEnv } from '../../dist/infra/infrastructure.js';
import { testDatabaseUrl } from '../../dist/infra/test-database.js';

export default async function globalSetup() {
  await bringUpInfrastructure({ ...infrastructureSettingsFromEnv(), databaseUrl: testDatabaseUrl() });
}
