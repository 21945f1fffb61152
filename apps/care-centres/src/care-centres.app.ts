import { Topics } from '#contracts';
import { createServiceApp, type ServiceApp, type ServiceConfig } from '#platform';

import { CareCentresModule } from './care-centres.module.js';

export function createCareCentresApp(config: ServiceConfig): Promise<ServiceApp> {
  return createServiceApp(CareCentresModule.with(config), config, {
    title: 'Care centres (Bufdir)',
    description: 'Care centres for unaccompanied minors under 15.',
    topics: [Topics.careCentres.name, Topics.careCentreHandovers.name, Topics.settlementPersons.name],
  });
}
