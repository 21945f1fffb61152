import { type DynamicModule, Module } from '@nestjs/common';

import { CareCentreEventTypes } from '#contracts';
import { type ServiceConfig, serviceInfrastructureImports } from '#platform';
import { EscalationsModule, RulePlatformModule } from '#rules';

import { careCentreRuleSets } from './care-centres-rule-sets.js';
import { CentresController } from './centres/centres.controller.js';
import { CentresRepository } from './centres/centres.repository.js';
import { CentresEventsController } from './centres/centres-events.controller.js';
import { Occupancy } from './centres/occupancy.js';
import { GetOccupancy } from './centres/use-cases/get-occupancy.js';
import { RegisterCentre } from './centres/use-cases/register-centre.js';
import { ChildrenController } from './children/children.controller.js';
import { ChildrenRepository } from './children/children.repository.js';
import { ChildrenEventsController } from './children/children-events.controller.js';
import { LeaveCare } from './children/leave-care.js';
import { PlacementsRepository } from './children/placements.repository.js';
import { FindChild } from './children/use-cases/find-child.js';
import { PlaceChild } from './children/use-cases/place-child.js';
import { RecordChildLeft } from './children/use-cases/record-child-left.js';
import { RecordPermit } from './children/use-cases/record-permit.js';
import { RecordSettlement } from './children/use-cases/record-settlement.js';
import { TakeIntoCare } from './children/use-cases/take-into-care.js';
import { CareEscalations } from './escalations/care-escalations.js';
import { IngestionController } from './ingestion/ingestion.controller.js';
import { careCentresMigrations } from './migrations/index.js';
import { RunChecks } from './waiting/use-cases/run-checks.js';
import { WaitingController } from './waiting/waiting.controller.js';
import { WaitingRepository } from './waiting/waiting.repository.js';

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
          fileActivation: config.rules.fileActivation,
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
      controllers: [
        IngestionController,
        CentresEventsController,
        CentresController,
        ChildrenEventsController,
        ChildrenController,
        WaitingController,
      ],
      providers: [
        CentresRepository,
        ChildrenRepository,
        PlacementsRepository,
        WaitingRepository,
        Occupancy,
        CareEscalations,
        LeaveCare,
        RegisterCentre,
        GetOccupancy,
        TakeIntoCare,
        PlaceChild,
        RecordChildLeft,
        RecordPermit,
        RecordSettlement,
        FindChild,
        RunChecks,
      ],
    };
  }
}
