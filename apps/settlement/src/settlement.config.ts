import { readServiceConfig, type ServiceConfig } from '#platform';

export function readSettlementConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return readServiceConfig({ serviceName: 'settlement', httpPort: 3001, databaseSchema: 'settlement' }, env);
}
