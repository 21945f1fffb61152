import { type DynamicModule, Inject, Injectable, Module, Optional } from '@nestjs/common';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';

import { Outbox } from '#messaging';

import { DecisionLog } from '../decisions/decision-log.js';
import { ActiveRuleSets } from '../platform/active-rule-sets.js';
import { EscalationBook, type EscalationEventTypes } from './escalation-book.js';
import { EscalationDecider } from './escalation-decider.js';
import { registerEscalationMetrics } from './escalation-metrics.js';
import { EscalationStore } from './escalation-store.js';
import { escalationsControllerAt } from './escalations.controller.js';

@Injectable()
class EscalationMetrics {
  constructor(@Inject(DataSource) dataSource: DataSource, @Optional() @Inject(Registry) registry?: Registry) {
    if (registry) registerEscalationMetrics(registry, dataSource);
  }
}

export interface EscalationsOptions {
  /** Where the list is served, e.g. `reception/escalations`. */
  path: string;
  /** Whose rules, in the API docs ("reception", "care-centre"). */
  title: string;
  /** The service's own escalation event types. */
  events: EscalationEventTypes;
}

/**
 * A service's escalations: the store, the EscalationDecider its use cases call, and the list endpoint.
 * Needs the rule platform and messaging modules (global) beside it.
 */
@Module({})
export class EscalationsModule {
  static forService(options: EscalationsOptions): DynamicModule {
    return {
      module: EscalationsModule,
      controllers: [escalationsControllerAt(options.path, options.title)],
      providers: [
        {
          provide: EscalationStore,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new EscalationStore(dataSource),
        },
        {
          provide: EscalationDecider,
          inject: [ActiveRuleSets, EscalationStore, Outbox, DecisionLog],
          useFactory: (ruleSets: ActiveRuleSets, store: EscalationStore, outbox: Outbox, log: DecisionLog) =>
            new EscalationDecider(ruleSets, new EscalationBook(store, outbox, log, options.events)),
        },
        EscalationMetrics,
      ],
      exports: [EscalationStore, EscalationDecider],
    };
  }
}
