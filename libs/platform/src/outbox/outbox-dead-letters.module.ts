import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { OutboxDeadLetters } from '#messaging';

import { OutboxDeadLettersController } from './outbox-dead-letters.controller.js';

/** Every service's operator view of its outbox's dead letters. */
@Module({
  controllers: [OutboxDeadLettersController],
  providers: [
    {
      provide: OutboxDeadLetters,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => new OutboxDeadLetters(dataSource),
    },
  ],
})
export class OutboxDeadLettersModule {}
