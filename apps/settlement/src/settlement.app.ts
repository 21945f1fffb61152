import { Topics } from '#contracts';
import { createServiceApp, type ServiceApp } from '#platform';

import type { SettlementConfig } from './settlement.config.js';
import { SettlementModule } from './settlement.module.js';

export function createSettlementApp(config: SettlementConfig): Promise<ServiceApp> {
  return createServiceApp(SettlementModule.with(config), config, {
    title: 'Settlement (IMDi)',
    description: 'Settlement need, requests to municipalities by the request criteria, municipal decisions.',
    topics: [Topics.settlementNeed.name, Topics.settlementMunicipalities.name, Topics.settlementPersons.name],
  });
}
