import { Topics } from '#contracts';
import { createServiceApp, type ServiceApp, type ServiceConfig } from '#platform';
import { ReceptionModule } from './reception.module.js';

export function createReceptionApp(config: ServiceConfig): Promise<ServiceApp> {
  return createServiceApp(ReceptionModule.with(config), config, {
    title: 'Reception (UDI)',
    description: 'Asylum reception centres: places, residents, occupancy and escalations.',
    topics: [Topics.receptionCentres.name, Topics.settlementPersons.name],
  });
}
