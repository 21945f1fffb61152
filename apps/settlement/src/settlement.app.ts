import { createServiceApp, type ServiceApp, type ServiceConfig } from '#platform';
import { SettlementModule } from './settlement.module.js';

export function createSettlementApp(config: ServiceConfig): Promise<ServiceApp> {
  return createServiceApp(SettlementModule.with(config), config, {
    title: 'Settlement (IMDi)',
    description:
      'Settlement need, requests to municipalities, decisions, settlement-ready people and matching.',
    topics: [],
  });
}
