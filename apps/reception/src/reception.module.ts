import { type DynamicModule, Module } from '@nestjs/common';
import { serviceInfrastructureImports, type ServiceConfig } from '#platform';
import { RulePlatformModule } from '#rules';
import { receptionRuleSets } from './escalations/escalation-rules.js';
import { EscalationRepository } from './escalations/escalation.repository.js';
import { EscalationsController } from './escalations/escalations.controller.js';
import { ReassessEscalations } from './escalations/reassess-escalations.js';
import { receptionMigrations } from './migrations/index.js';
import { OccupancyController } from './occupancy/occupancy.controller.js';
import { OccupancyRepository } from './occupancy/occupancy.repository.js';
import { ReceptionEventsController } from './occupancy/reception-events.controller.js';
import { RecordArrival } from './occupancy/use-cases/record-arrival.js';
import { RecordDeparture } from './occupancy/use-cases/record-departure.js';
import { RegisterCentre } from './occupancy/use-cases/register-centre.js';

/** UDI's reception: centres, residents, occupancy and the escalations they trigger. */
@Module({})
export class ReceptionModule {
  static with(config: ServiceConfig): DynamicModule {
    return {
      module: ReceptionModule,
      imports: [
        ...serviceInfrastructureImports(config, { entities: [], migrations: receptionMigrations }),
        RulePlatformModule.forService({
          service: config.serviceName,
          instanceId: config.instanceId,
          pollIntervalMs: config.rules.pollIntervalMs,
          watchFiles: config.rules.watchFiles,
          registrations: receptionRuleSets(config.rules.directory),
        }),
      ],
      controllers: [ReceptionEventsController, OccupancyController, EscalationsController],
      providers: [
        OccupancyRepository,
        EscalationRepository,
        ReassessEscalations,
        RegisterCentre,
        RecordArrival,
        RecordDeparture,
      ],
    };
  }
}
