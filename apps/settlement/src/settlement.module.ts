import { type DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { SettlementEventTypes } from '#contracts';
import { queueRoot, serviceInfrastructureImports } from '#platform';
import { EscalationFactsRepository } from './escalations/escalation-facts.repository.js';
import { SettlementChecksController } from './escalations/checks.controller.js';
import {
  SETTLEMENT_CHECKS_QUEUE,
  SettlementChecksProcessor,
  SettlementChecksSchedule,
} from './escalations/settlement-checks.queue.js';
import { SettlementEscalations } from './escalations/settlement-escalations.js';
import type { SettlementConfig } from './settlement.config.js';
import { EscalationsModule, RulePlatformModule } from '#rules';
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
  static with(config: SettlementConfig): DynamicModule {
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
        EscalationsModule.forService({
          path: 'settlement/escalations',
          title: 'settlement',
          events: {
            raised: SettlementEventTypes.escalationRaised,
            resolved: SettlementEventTypes.escalationResolved,
          },
        }),
        queueRoot(config),
        BullModule.registerQueue({
          name: SETTLEMENT_CHECKS_QUEUE,
          defaultJobOptions: {
            attempts: 3,
            backoff: { type: 'exponential', delay: 10000 },
            removeOnComplete: 1000,
            removeOnFail: 1000,
          },
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
        SettlementChecksController,
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
        EscalationFactsRepository,
        SettlementEscalations,
        SettlementChecksProcessor,
        SettlementChecksSchedule,
      ],
    };
  }
}
