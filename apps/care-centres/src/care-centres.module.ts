import { type DynamicModule, Module } from '@nestjs/common';
import { CareCentreEventTypes } from '#contracts';
import { serviceInfrastructureImports, type ServiceConfig } from '#platform';
import { EscalationsModule, RulePlatformModule } from '#rules';
import { careCentreRuleSets } from './care-centres-rule-sets.js';
import { CareEventsController } from './care/care-events.controller.js';
import { CareController } from './care/care.controller.js';
import { CareRepository } from './care/care.repository.js';
import { CareEscalations } from './escalations/care-escalations.js';
import { careCentresMigrations } from './migrations/index.js';

/** Bufdir's care centres for unaccompanied minors under 15. */
@Module({})
export class CareCentresModule {
  static with(config: ServiceConfig): DynamicModule {
    return {
      module: CareCentresModule,
      imports: [
        ...serviceInfrastructureImports(config, { entities: [], migrations: careCentresMigrations }),
        RulePlatformModule.forService({
          service: config.serviceName,
          instanceId: config.instanceId,
          pollIntervalMs: config.rules.pollIntervalMs,
          watchFiles: config.rules.watchFiles,
          registrations: careCentreRuleSets(config.rules.directory),
        }),
        EscalationsModule.forService({
          path: 'care-centres/escalations',
          title: 'care-centre',
          events: {
            raised: CareCentreEventTypes.escalationRaised,
            resolved: CareCentreEventTypes.escalationResolved,
          },
        }),
      ],
      controllers: [CareEventsController, CareController],
      providers: [CareRepository, CareEscalations],
    };
  }
}
