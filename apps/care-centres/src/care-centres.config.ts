import { readServiceConfig, type ServiceConfig } from '#platform';

export function readCareCentresConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return readServiceConfig('care-centres', env);
}
