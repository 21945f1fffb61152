import { Module } from '@nestjs/common';

import { DeadLettersController } from './dead-letters.controller.js';

/** Every service's operator endpoints for its dead letters (the recording itself is in #messaging). */
@Module({ controllers: [DeadLettersController] })
export class DeadLettersModule {}
