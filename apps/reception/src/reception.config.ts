import { type ConfigVariable, integerVariable, readServiceConfig, type ServiceConfig } from '#platform';

export const EARLY_WARNING_ATTEMPTS = integerVariable({
  name: 'EARLY_WARNING_ATTEMPTS',
  description: 'deliveries tried per early warning before it is recorded as failed',
  readBy: ['reception'],
  default: { value: 8 },
  min: 1,
  max: 100,
});

export const EARLY_WARNING_BACKOFF_MS = integerVariable({
  name: 'EARLY_WARNING_BACKOFF_MS',
  description: 'first wait between tries to deliver an early warning; it doubles each time',
  readBy: ['reception'],
  default: { value: 10000 },
  min: 10,
  max: 3600000,
});

export const EARLY_WARNING_POLL_INTERVAL_MS = integerVariable({
  name: 'EARLY_WARNING_POLL_INTERVAL_MS',
  description: 'how often pending early warnings are handed to the delivery queue',
  readBy: ['reception'],
  default: { value: 1000 },
  min: 50,
  max: 600000,
});

export const RECEPTION_VARIABLES: readonly ConfigVariable<unknown>[] = [
  EARLY_WARNING_ATTEMPTS,
  EARLY_WARNING_BACKOFF_MS,
  EARLY_WARNING_POLL_INTERVAL_MS,
];

export interface ReceptionConfig extends ServiceConfig {
  earlyWarnings: { attempts: number; backoffMs: number; pollIntervalMs: number };
}

export function readReceptionConfig(env: NodeJS.ProcessEnv = process.env): ReceptionConfig {
  return readServiceConfig('reception', env, (read) => ({
    earlyWarnings: {
      attempts: read.value(EARLY_WARNING_ATTEMPTS),
      backoffMs: read.value(EARLY_WARNING_BACKOFF_MS),
      pollIntervalMs: read.value(EARLY_WARNING_POLL_INTERVAL_MS),
    },
  }));
}
