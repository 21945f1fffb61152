import { type DynamicModule, Module } from '@nestjs/common';
import { serviceInfrastructureImports, type ServiceConfig } from '#platform';
import { RulePlatformModule } from '#rules';
import { DecisionEventsController } from './decisions/decision-events.controller.js';
import { DecisionsController } from './decisions/decisions.controller.js';
import { DecisionsRepository } from './decisions/decisions.repository.js';
import { settlementMigrations } from './migrations/index.js';
import { NeedEventsController } from './need/need-events.controller.js';
import { NeedController } from './need/need.controller.js';
import { NeedRepository } from './need/need.repository.js';
import { ReferenceDataRepository } from './reference-data/reference-data.repository.js';
import { SeedReferenceData } from './reference-data/seed-reference-data.js';
import { DistributeRequests } from './requests/distribute-requests.js';
import { IssueDistribution } from './requests/issue-distribution.js';
import { RequestsController } from './requests/requests.controller.js';
import { RequestsRepository } from './requests/requests.repository.js';
import { settlementRuleSets } from './settlement-rule-sets.js';
import { MatchingController } from './matching/matching.controller.js';
import { MatchingService } from './matching/matching.service.js';
import { PlacementsRepository } from './matching/placements.repository.js';
import { PeopleEventsController } from './people/people-events.controller.js';
import { PeopleRepository } from './people/people.repository.js';
import { WaitingController } from './people/waiting.controller.js';

/** IMDi's settlement work: the need, requests to municipalities by the criteria, and municipal decisions. */
@Module({})
export class SettlementModule {
  static with(config: ServiceConfig): DynamicModule {
    return {
      module: SettlementModule,
      imports: [
        ...serviceInfrastructureImports(config, { entities: [], migrations: settlementMigrations }),
        RulePlatformModule.forService({
          service: config.serviceName,
          instanceId: config.instanceId,
          pollIntervalMs: config.rules.pollIntervalMs,
          watchFiles: config.rules.watchFiles,
          registrations: settlementRuleSets(config.rules.directory),
        }),
      ],
      controllers: [
        NeedEventsController,
        NeedController,
        RequestsController,
        DecisionEventsController,
        DecisionsController,
        PeopleEventsController,
        WaitingController,
        MatchingController,
      ],
      providers: [
        ReferenceDataRepository,
        SeedReferenceData,
        NeedRepository,
        RequestsRepository,
        DistributeRequests,
        IssueDistribution,
        DecisionsRepository,
        PeopleRepository,
        MatchingService,
        PlacementsRepository,
      ],
    };
  }
}
