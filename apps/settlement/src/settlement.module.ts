import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';

import { SettlementEventTypes } from '#contracts';
import { CsvBodyMiddleware, queueRoot, serviceInfrastructureImports } from '#platform';
import { EscalationsModule, RulePlatformModule } from '#rules';

import { SettlementChecksController } from './escalations/checks.controller.js';
import { ChecksRepository } from './escalations/checks.repository.js';
import {
  SETTLEMENT_CHECKS_QUEUE,
  SettlementChecksProcessor,
  SettlementChecksSchedule,
} from './escalations/settlement-checks.queue.js';
import { CheckHousehold } from './escalations/use-cases/check-household.js';
import { CheckNationalTriggers } from './escalations/use-cases/check-national-triggers.js';
import { RunDailyChecks } from './escalations/use-cases/run-daily-checks.js';
import { GoalAchievementController } from './goal-achievement/goal-achievement.controller.js';
import { GoalAchievementOfYear } from './goal-achievement/use-cases/goal-achievement-of-year.js';
import { IngestionController } from './ingestion/ingestion.controller.js';
import { MatchingController } from './matching/matching.controller.js';
import { PlacementsRepository } from './matching/placements.repository.js';
import { CancelPlacement } from './matching/use-cases/cancel-placement.js';
import { PlaceHousehold } from './matching/use-cases/place-household.js';
import { SuggestMunicipalities } from './matching/use-cases/suggest-municipalities.js';
import { settlementMigrations } from './migrations/index.js';
import { DecisionsController } from './municipalities/decisions.controller.js';
import { IndicatorsController } from './municipalities/indicators.controller.js';
import { IndicatorsRepository } from './municipalities/indicators.repository.js';
import { MunicipalDecisionsRepository } from './municipalities/municipal-decisions.repository.js';
import { MunicipalitiesRepository } from './municipalities/municipalities.repository.js';
import { MunicipalitiesEventsController } from './municipalities/municipalities-events.controller.js';
import { DecisionsOfYear } from './municipalities/use-cases/decisions-of-year.js';
import { MunicipalitiesForYear } from './municipalities/use-cases/municipalities-for-year.js';
import { RecordMunicipalDecision } from './municipalities/use-cases/record-municipal-decision.js';
import { SeedReferenceData } from './municipalities/use-cases/seed-reference-data.js';
import { SupplyIndicators } from './municipalities/use-cases/supply-indicators.js';
import { CountyTargetsController } from './need/county-targets.controller.js';
import { CountyTargetsRepository } from './need/county-targets.repository.js';
import { NeedController } from './need/need.controller.js';
import { NeedRepository } from './need/need.repository.js';
import { NeedEventsController } from './need/need-events.controller.js';
import { CountyTargetsOfYear } from './need/use-cases/county-targets-of-year.js';
import { NeedOfYear } from './need/use-cases/need-of-year.js';
import { RecordNeedEstimate } from './need/use-cases/record-need-estimate.js';
import { SetCountyTargets } from './need/use-cases/set-county-targets.js';
import { SupplyCountyTargets } from './need/use-cases/supply-county-targets.js';
import { PeopleController } from './people/people.controller.js';
import { PeopleRepository } from './people/people.repository.js';
import { PeopleEventsController } from './people/people-events.controller.js';
import { PersonWaitingTime } from './people/use-cases/person-waiting-time.js';
import { RecordReadyPerson } from './people/use-cases/record-ready-person.js';
import { RecordSettlement } from './people/use-cases/record-settlement.js';
import { WaitingSummary } from './people/use-cases/waiting-summary.js';
import { BacktestController } from './requests/backtest.controller.js';
import { CountyRecommendationsController } from './requests/county-recommendations.controller.js';
import { CountyRecommendationsRepository } from './requests/county-recommendations.repository.js';
import { RequestsController } from './requests/requests.controller.js';
import { RequestsRepository } from './requests/requests.repository.js';
import { CountyRecommendationsOfYear } from './requests/use-cases/county-recommendations-of-year.js';
import { DistributeRequests } from './requests/use-cases/distribute-requests.js';
import { DistributionById } from './requests/use-cases/distribution-by-id.js';
import { IssueDistribution } from './requests/use-cases/issue-distribution.js';
import { IssuedRequests } from './requests/use-cases/issued-requests.js';
import { RunBacktest } from './requests/use-cases/run-backtest.js';
import { SubmitCountyRecommendations } from './requests/use-cases/submit-county-recommendations.js';
import { ResettlementRepository } from './resettlement/resettlement.repository.js';
import { ResettlementEventsController } from './resettlement/resettlement-events.controller.js';
import { HandOverWhenReady } from './resettlement/use-cases/hand-over-when-ready.js';
import { RecordArrival } from './resettlement/use-cases/record-arrival.js';
import { RecordEntryPermit } from './resettlement/use-cases/record-entry-permit.js';
import { RecordMapping } from './resettlement/use-cases/record-mapping.js';
import { RecordSelection } from './resettlement/use-cases/record-selection.js';
import type { SettlementConfig } from './settlement.config.js';
import { settlementRuleSets } from './settlement-rule-sets.js';

/** IMDi's settlement work: the need, requests to municipalities by the criteria, and municipal decisions. */
@Module({})
export class SettlementModule implements NestModule {
  /** Spreadsheets can be uploaded as they are saved (text/csv) where a route takes a CSV. */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(CsvBodyMiddleware)
      .forRoutes(IndicatorsController, CountyTargetsController, CountyRecommendationsController);
  }

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
          fileActivation: config.rules.fileActivation,
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
        IngestionController,
        // municipalities
        IndicatorsController,
        DecisionsController,
        MunicipalitiesEventsController,
        // need
        NeedController,
        NeedEventsController,
        CountyTargetsController,
        // requests
        RequestsController,
        CountyRecommendationsController,
        BacktestController,
        // people
        PeopleController,
        PeopleEventsController,
        // resettlement refugees
        ResettlementEventsController,
        // matching
        MatchingController,
        // goal achievement
        GoalAchievementController,
        // escalations
        SettlementChecksController,
      ],
      providers: [
        // municipalities
        MunicipalitiesRepository,
        IndicatorsRepository,
        MunicipalDecisionsRepository,
        SeedReferenceData,
        SupplyIndicators,
        MunicipalitiesForYear,
        RecordMunicipalDecision,
        DecisionsOfYear,
        // need
        NeedRepository,
        RecordNeedEstimate,
        NeedOfYear,
        CountyTargetsRepository,
        SetCountyTargets,
        SupplyCountyTargets,
        CountyTargetsOfYear,
        // requests
        RequestsRepository,
        DistributeRequests,
        IssueDistribution,
        DistributionById,
        IssuedRequests,
        CountyRecommendationsRepository,
        SubmitCountyRecommendations,
        CountyRecommendationsOfYear,
        RunBacktest,
        // people
        PeopleRepository,
        RecordReadyPerson,
        RecordSettlement,
        WaitingSummary,
        PersonWaitingTime,
        // resettlement refugees
        ResettlementRepository,
        HandOverWhenReady,
        RecordSelection,
        RecordEntryPermit,
        RecordMapping,
        RecordArrival,
        // matching
        PlacementsRepository,
        SuggestMunicipalities,
        PlaceHousehold,
        CancelPlacement,
        // goal achievement
        GoalAchievementOfYear,
        // escalations
        ChecksRepository,
        CheckNationalTriggers,
        CheckHousehold,
        RunDailyChecks,
        SettlementChecksProcessor,
        SettlementChecksSchedule,
      ],
    };
  }
}
