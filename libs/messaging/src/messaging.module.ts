import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

import { EventIngestion } from './ingestion/event-ingestion.js';
import { MessagingRuntime, type MessagingSettings } from './messaging-runtime.js';
import { Outbox } from './outbox/outbox.js';

const MESSAGING_SETTINGS = Symbol('MESSAGING_SETTINGS');

@Injectable()
class MessagingLifecycle implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(@Inject(MessagingRuntime) private readonly runtime: MessagingRuntime) {}

  async onModuleInit(): Promise<void> {
    await this.runtime.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runtime.stopRelay();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.disconnect();
  }
}

@Module({})
export class MessagingModule {
  static forService(settings: MessagingSettings): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_SETTINGS, useValue: settings },
        {
          provide: MessagingRuntime,
          inject: [MESSAGING_SETTINGS, DataSource],
          useFactory: (value: MessagingSettings, dataSource: DataSource) =>
            new MessagingRuntime(value, dataSource),
        },
        {
          provide: Outbox,
          inject: [MessagingRuntime],
          useFactory: (runtime: MessagingRuntime) => runtime.outbox,
        },
        {
          provide: EventIngestion,
          inject: [MessagingRuntime, DataSource],
          useFactory: (runtime: MessagingRuntime, dataSource: DataSource) =>
            new EventIngestion(dataSource, runtime.validator, () => runtime.relay.nudge()),
        },
        MessagingLifecycle,
      ],
      exports: [MessagingRuntime, Outbox, EventIngestion],
    };
  }
}
