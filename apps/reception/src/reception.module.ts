import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';

import { ReceptionEventTypes } from '#contracts';
import { CsvBodyMiddleware, queueRoot, serviceInfrastructureImports } from '#platform';
import { EscalationsModule, RulePlatformModule } from '#rules';

import { CentreListController } from './centre-list/centre-list.controller.js';
import { ImportCentreList } from './centre-list/use-cases/import-centre-list.js';
import { CentreEventsController } from './centres/centre-events.controller.js';
import { CentresRepository } from './centres/centres.repository.js';
import { ChangeCentreCapacity } from './centres/use-cases/change-centre-capacity.js';
import { ChangeCentreStatus } from './centres/use-cases/change-centre-status.js';
import { ChangeRegisteredCentre } from './centres/use-cases/change-registered-centre.js';
import { RegisterCentre } from './centres/use-cases/register-centre.js';
import { EarlyWarningDeliveryProcessor } from './early-warnings/early-warning-delivery.processor.js';
import { EarlyWarningDispatcher } from './early-warnings/early-warning-dispatcher.js';
import { EARLY_WARNINGS_QUEUE, EarlyWarningQueue } from './early-warnings/early-warning-queue.js';
import { EarlyWarningsController } from './early-warnings/early-warnings.controller.js';
import { EarlyWarningsRepository } from './early-warnings/early-warnings.repository.js';
import { DeliverEarlyWarning } from './early-warnings/use-cases/deliver-early-warning.js';
import { IssueEarlyWarnings } from './early-warnings/use-cases/issue-early-warnings.js';
import { ListEarlyWarnings } from './early-warnings/use-cases/list-early-warnings.js';
import { QueuePendingWarnings } from './early-warnings/use-cases/queue-pending-warnings.js';
import { RecordFailedDelivery } from './early-warnings/use-cases/record-failed-delivery.js';
import { SetWebhook } from './early-warnings/use-cases/set-webhook.js';
import { webhookProviders } from './early-warnings/webhook.providers.js';
import { WebhooksRepository } from './early-warnings/webhooks.repository.js';
import { EscalationDeliveriesController } from './escalation-webhooks/escalation-deliveries.controller.js';
import { EscalationDeliveriesRepository } from './escalation-webhooks/escalation-deliveries.repository.js';
import { EscalationWebhookProcessor } from './escalation-webhooks/escalation-webhook.processor.js';
import { EscalationWebhookDispatcher } from './escalation-webhooks/escalation-webhook-dispatcher.js';
import {
  ESCALATION_WEBHOOKS_QUEUE,
  EscalationWebhookQueue,
} from './escalation-webhooks/escalation-webhook-queue.js';
import { DeliverEscalation } from './escalation-webhooks/use-cases/deliver-escalation.js';
import { NationalSeriesRepository } from './escalations/national-series.repository.js';
import { EvaluateEscalations } from './escalations/use-cases/evaluate-escalations.js';
import { GatherEscalationFacts } from './escalations/use-cases/gather-escalation-facts.js';
import { FollowUpChangeAtCentre } from './follow-up/use-cases/follow-up-change-at-centre.js';
import { ForecastEventsController } from './forecasts/forecast-events.controller.js';
import { ForecastsRepository } from './forecasts/forecasts.repository.js';
import { CompareArrivalsWithForecast } from './forecasts/use-cases/compare-arrivals-with-forecast.js';
import { RecordForecast } from './forecasts/use-cases/record-forecast.js';
import { IngestionController } from './ingestion/ingestion.controller.js';
import { receptionMigrations } from './migrations/index.js';
import { OccupancyController } from './occupancy/occupancy.controller.js';
import { OccupancyCountersRepository } from './occupancy/occupancy-counters.repository.js';
import { OccupancyDaysRepository } from './occupancy/occupancy-days.repository.js';
import { GetOccupancy } from './occupancy/use-cases/get-occupancy.js';
import { ListOccupancyDays } from './occupancy/use-cases/list-occupancy-days.js';
import { MeasureOccupancy } from './occupancy/use-cases/measure-occupancy.js';
import type { ReceptionConfig } from './reception.config.js';
import { receptionRuleSets } from './reception-rule-sets.js';
import { ResidentEventsController } from './residents/resident-events.controller.js';
import { StaysRepository } from './residents/stays.repository.js';
import { RecordMovements } from './residents/use-cases/record-movements.js';
import { RecordPermit } from './residents/use-cases/record-permit.js';
import { RecordSettlement } from './residents/use-cases/record-settlement.js';
import { RecordTransfer } from './residents/use-cases/record-transfer.js';

const centres = [
  CentresRepository,
  RegisterCentre,
  ChangeRegisteredCentre,
  ChangeCentreCapacity,
  ChangeCentreStatus,
  ImportCentreList,
];
const residents = [StaysRepository, RecordMovements, RecordTransfer, RecordPermit, RecordSettlement];
const occupancy = [
  OccupancyDaysRepository,
  MeasureOccupancy,
  OccupancyCountersRepository,
  GetOccupancy,
  ListOccupancyDays,
];
const forecasts = [ForecastsRepository, RecordForecast, CompareArrivalsWithForecast];
const escalations = [NationalSeriesRepository, GatherEscalationFacts, EvaluateEscalations];
const earlyWarnings = [
  EarlyWarningsRepository,
  WebhooksRepository,
  ...webhookProviders,
  EarlyWarningQueue,
  IssueEarlyWarnings,
  QueuePendingWarnings,
  DeliverEarlyWarning,
  RecordFailedDelivery,
  SetWebhook,
  ListEarlyWarnings,
  EarlyWarningDispatcher,
  EarlyWarningDeliveryProcessor,
];

/** UDI's reception: centres, residents, occupancy and the escalations and early warnings they trigger. */
@Module({})
export class ReceptionModule implements NestModule {
  /** UDI's centre list can be uploaded as it is exported (text/csv). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(CentreListController);
  }

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
          fileActivation: config.rules.fileActivation,
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
        BullModule.registerQueue({ name: ESCALATION_WEBHOOKS_QUEUE }),
      ],
      controllers: [
        IngestionController,
        CentreListController,
        CentreEventsController,
        ResidentEventsController,
        ForecastEventsController,
        OccupancyController,
        EarlyWarningsController,
        EscalationDeliveriesController,
      ],
      providers: [
        ...centres,
        ...residents,
        ...occupancy,
        ...forecasts,
        ...escalations,
        FollowUpChangeAtCentre,
        ...earlyWarnings,
        EscalationDeliveriesRepository,
        EscalationWebhookQueue,
        DeliverEscalation,
        EscalationWebhookProcessor,
        EscalationWebhookDispatcher,
      ],
    };
  }
}
