import { EnvReader, readServiceConfig, type ServiceConfig } from '#platform';

export interface ReceptionConfig extends ServiceConfig {
  earlyWarnings: {
    /** Deliveries tried per warning before it is recorded as failed. */
    attempts: number;
    /** First wait between tries; it doubles each time. */
    backoffMs: number;
    /** How often pending warnings are handed to the delivery queue. */
    pollIntervalMs: number;
  };
}

export function readReceptionConfig(env: NodeJS.ProcessEnv = process.env): ReceptionConfig {
  const base = readServiceConfig(
    { serviceName: 'reception', httpPort: 3002, databaseSchema: 'reception' },
    env,
  );
  const read = new EnvReader(env);
  const earlyWarnings = {
    attempts: read.integer('EARLY_WARNING_ATTEMPTS', 8, { min: 1, max: 100 }),
    backoffMs: read.integer('EARLY_WARNING_BACKOFF_MS', 10000, { min: 10, max: 3600000 }),
    pollIntervalMs: read.integer('EARLY_WARNING_POLL_INTERVAL_MS', 1000, { min: 50, max: 600000 }),
  };
  read.done();
  return { ...base, earlyWarnings };
}
