import 'reflect-metadata';

import { startTracing, tracingSettingsFromEnv } from '#platform/tracing';

// Tracing first: the modules it instruments (http, pg, kafkajs) must load after it.
await startTracing('reception', tracingSettingsFromEnv('reception'));
const [{ runService }, { createReceptionApp }, { readReceptionConfig }] = await Promise.all([
  import('#platform'),
  import('./reception.app.js'),
  import('./reception.config.js'),
]);

runService('reception', () => readReceptionConfig(), createReceptionApp);
