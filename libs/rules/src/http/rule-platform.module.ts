import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
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
    @Inject(DecisionLog) private readonly decisionLog: DecisionLog,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const registration of this.options.registrations) await this.ruleSets.register(registration);
    this.ruleSets.start();
    this.decisionLog.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.ruleSets.stop();
    await this.decisionLog.stop();
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
          provide: DecisionLog,
          inject: [DecisionStore],
          useFactory: (store: DecisionStore) => new DecisionLog(store),
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
