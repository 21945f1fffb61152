import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '#messaging';
import { DecisionLog } from '../decisions/decision-log.js';
import { EscalationBook, type EscalationEventTypes } from './escalation-book.js';
import { EscalationStore } from './escalation-store.js';

/** The escalation store and a book publishing the service's own escalation event types, for a service module. */
export function escalationProviders(bookToken: symbol, types: EscalationEventTypes): Provider[] {
  return [
    {
      provide: EscalationStore,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => new EscalationStore(dataSource),
    },
    {
      provide: bookToken,
      inject: [EscalationStore, Outbox, DecisionLog],
      useFactory: (store: EscalationStore, outbox: Outbox, decisionLog: DecisionLog) =>
        new EscalationBook(store, outbox, decisionLog, types),
    },
  ];
}
