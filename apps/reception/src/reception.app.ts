import { Topics } from '#contracts';
import { createServiceApp, type ServiceApp } from '#platform';

import type { ReceptionConfig } from './reception.config.js';
import { ReceptionModule } from './reception.module.js';

export function createReceptionApp(config: ReceptionConfig): Promise<ServiceApp> {
  return createServiceApp(ReceptionModule.with(config), config, {
    title: 'Reception (UDI)',
    description: 'Asylum reception centres: places, residents, occupancy and escalations.',
    topics: [Topics.receptionCentres.name, Topics.settlementPersons.name],
  });
}
