import { type DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { queueRoot, serviceInfrastructureImports } from '#platform';
import {
  EARLY_WARNINGS_QUEUE,
  EarlyWarningDelivery,
  EarlyWarningDispatcher,
} from './early-warnings/early-warning-delivery.js';
import { EarlyWarningsController } from './early-warnings/early-warnings.controller.js';
import { EarlyWarningsRepository } from './early-warnings/early-warnings.repository.js';
import { IssueEarlyWarning } from './early-warnings/issue-early-warning.js';
import type { ReceptionConfig } from './reception.config.js';
import { EscalationsModule, RulePlatformModule } from '#rules';
import { ReceptionEventTypes } from '#contracts';
import { receptionRuleSets } from './escalations/escalation-rules.js';
import { ReassessEscalations } from './escalations/reassess-escalations.js';
import { receptionMigrations } from './migrations/index.js';
import { OccupancyController } from './occupancy/occupancy.controller.js';
import { OccupancyRepository } from './occupancy/occupancy.repository.js';
import { ReceptionEventsController } from './occupancy/reception-events.controller.js';
import { RecordArrival } from './occupancy/use-cases/record-arrival.js';
import { RecordDeparture } from './occupancy/use-cases/record-departure.js';
import { RegisterCentre } from './occupancy/use-cases/register-centre.js';
import { ChangeCentre } from './occupancy/use-cases/change-centre.js';
import { RecordPermit } from './occupancy/use-cases/record-permit.js';
import { RecordSettlement } from './occupancy/use-cases/record-settlement.js';
import { RecordTransfer } from './occupancy/use-cases/record-transfer.js';

/** UDI's reception: centres, residents, occupancy and the escalations they trigger. */
@Module({})
export class ReceptionModule {
  static with(config: ReceptionConfig): DynamicModule {
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
        EscalationsModule.forService({
          path: 'reception/escalations',
          title: 'reception',
          events: {
            raised: ReceptionEventTypes.escalationRaised,
            resolved: ReceptionEventTypes.escalationResolved,
          },
        }),
        queueRoot(config),
        BullModule.registerQueue({ name: EARLY_WARNINGS_QUEUE }),
      ],
      controllers: [ReceptionEventsController, OccupancyController, EarlyWarningsController],
      providers: [
        OccupancyRepository,
        EarlyWarningsRepository,
        IssueEarlyWarning,
        EarlyWarningDelivery,
        EarlyWarningDispatcher,
        ReassessEscalations,
        RegisterCentre,
        RecordArrival,
        RecordDeparture,
        ChangeCentre,
        RecordTransfer,
        RecordPermit,
        RecordSettlement,
      ],
    };
  }
}
