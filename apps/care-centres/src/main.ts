import 'reflect-metadata';

import { startTracing, tracingSettingsFromEnv } from '#platform/tracing';

// Tracing first: the modules it instruments (http, pg, kafkajs) must load after it.
await startTracing('care-centres', tracingSettingsFromEnv('care-centres'));
const [{ runService }, { createCareCentresApp }, { readCareCentresConfig }] = await Promise.all([
  import('#platform'),
  import('./care-centres.app.js'),
  import('./care-centres.config.js'),
]);

runService('care-centres', () => readCareCentresConfig(), createCareCentresApp);
