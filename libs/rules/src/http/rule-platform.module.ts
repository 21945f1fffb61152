import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';

import { RuleEventTypes } from '#contracts';
import { MessagingRuntime } from '#messaging';
import { AuditTrail } from '#platform';

import { DecisionLog } from '../decisions/decision-log.js';
import { DecisionStore } from '../decisions/decision-store.js';
import {
  ActiveRuleSets,
  type ActiveRuleSetsSettings,
  type RuleSetRegistration,
} from '../platform/active-rule-sets.js';
import { RuleMetrics } from '../platform/rule-metrics.js';
import { RuleSetCandidatesStore } from '../platform/rule-set-candidates.store.js';
import { RuleSetStore } from '../platform/rule-set-store.js';
import { DecisionsController } from './decisions.controller.js';
import { RulesController } from './rules.controller.js';

export interface RulePlatformOptions extends ActiveRuleSetsSettings {
  registrations: RuleSetRegistration[];
}

const OPTIONS = Symbol('RULE_PLATFORM_OPTIONS');

@Injectable()
class RulePlatformLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(OPTIONS) private readonly options: RulePlatformOptions,
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const registration of this.options.registrations) await this.ruleSets.register(registration);
    this.ruleSets.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.ruleSets.stop();
  }
}

/**
 * Rule sets for a service: versions, candidates approved by four eyes, hot activation, decision records,
 * explanations and simulation over HTTP.
 */
@Module({})
export class RulePlatformModule {
  static forService(options: RulePlatformOptions): DynamicModule {
    return {
      module: RulePlatformModule,
      global: true,
      controllers: [RulesController, DecisionsController],
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: RuleSetStore,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new RuleSetStore(dataSource),
        },
        {
          provide: RuleSetCandidatesStore,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new RuleSetCandidatesStore(dataSource),
        },
        {
          provide: DecisionStore,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new DecisionStore(dataSource),
        },
        {
          provide: RuleMetrics,
          inject: [ActiveRuleSets, { token: Registry, optional: true }],
          // Without the service's metrics registry (a test module), the metrics go to a registry nobody reads.
          useFactory: (ruleSets: ActiveRuleSets, registry?: Registry) =>
            new RuleMetrics(registry ?? new Registry(), ruleSets),
        },
        {
          provide: DecisionLog,
          inject: [DecisionStore, RuleMetrics],
          useFactory: (store: DecisionStore, metrics: RuleMetrics) =>
            new DecisionLog(store, (records) => metrics.evaluated(records)),
        },
        {
          provide: ActiveRuleSets,
          inject: [RuleSetStore, RuleSetCandidatesStore, AuditTrail, MessagingRuntime],
          useFactory: (
            store: RuleSetStore,
            candidates: RuleSetCandidatesStore,
            audit: AuditTrail,
            messaging: MessagingRuntime,
          ) =>
            new ActiveRuleSets(
              store,
              candidates,
              audit,
              {
                activated: (announcement) =>
                  messaging.publishNow(RuleEventTypes.versionActivated, announcement),
                refused: (refusal) => messaging.publishNow(RuleEventTypes.candidateRefused, refusal),
              },
              options,
            ),
        },
        RulePlatformLifecycle,
      ],
      exports: [ActiveRuleSets, DecisionLog, DecisionStore],
    };
  }
}
