import 'reflect-metadata';

import { startTracing, tracingSettingsFromEnv } from '#platform/tracing';

// Tracing first: the modules it instruments (http, pg, kafkajs) must load after it.
await startTracing('settlement', tracingSettingsFromEnv('settlement'));
const [{ runService }, { createSettlementApp }, { readSettlementConfig }] = await Promise.all([
  import('#platform'),
  import('./settlement.app.js'),
  import('./settlement.config.js'),
]);

runService('settlement', () => readSettlementConfig(), createSettlementApp);
