import { readServiceConfig, type ServiceConfig } from '#platform';

export function readCareCentresConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return readServiceConfig(
    { serviceName: 'care-centres', httpPort: 3003, databaseSchema: 'care_centres' },
    env,
  );
}
