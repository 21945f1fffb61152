import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { type OutboxDeadLetter, OutboxDeadLetters } from '#messaging';

import { Access } from '../auth/access.decorators.js';

/** For operators: the events this service wrote that the broker refused for good, and why. */
@ApiTags('operations')
@Controller('outbox')
export class OutboxDeadLettersController {
  constructor(@Inject(OutboxDeadLetters) private readonly deadLetters: OutboxDeadLetters) {}

  @Get('dead-letters')
  @Access('operator')
  @ApiOperation({
    summary:
      "Outbox events the broker refused for good (too large, invalid), newest first (at most 100), with the broker's reason",
  })
  list(): Promise<{ total: number; deadLetters: OutboxDeadLetter[] }> {
    return this.deadLetters.list();
  }
}
