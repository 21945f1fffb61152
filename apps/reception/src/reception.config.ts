import { readServiceConfig, type ServiceConfig } from '#platform';

export function readReceptionConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return readServiceConfig({ serviceName: 'reception', httpPort: 3002, databaseSchema: 'reception' }, env);
}
