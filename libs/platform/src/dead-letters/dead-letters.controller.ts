import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { NotFoundError } from '#domain';
import { type DeadLetterRecord, type DeadLetterSummary, MessagingRuntime, type Replay } from '#messaging';

import { Access } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { DeadLetterParam, DeadLettersQuery } from './dead-letters.dto.js';

/** The service's dead letters, for operators: list, inspect, and replay after the cause is put right. */
@ApiTags('dead letters')
@Controller('dead-letters')
@Access('operator')
export class DeadLettersController {
  constructor(@Inject(MessagingRuntime) private readonly messaging: MessagingRuntime) {}

  @Get()
  @ApiOperation({ summary: "The service's dead letters, newest first, with why each was refused" })
  list(@Query() query: DeadLettersQuery): Promise<DeadLetterSummary[]> {
    return this.messaging.deadLetters.list(query.status ?? 'open', query.limit ?? 100);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One dead letter: its message (national identity numbers masked), headers and history',
  })
  async inspect(@Param() { id }: DeadLetterParam): Promise<DeadLetterRecord & { event: unknown }> {
    const letter = await this.messaging.deadLetters.find(id);
    if (!letter) throw new NotFoundError(`dead letter ${id} does not exist`, 'id');
    return { ...letter, event: parsed(letter.payload) };
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sends the dead letter back to its topic, to be validated and handled (once) like any other event',
  })
  replay(@Param() { id }: DeadLetterParam, @CurrentPrincipal() principal: Principal): Promise<Replay> {
    return this.messaging.replayDeadLetter.execute(id, principal.subject);
  }
}

function parsed(payload: string | null): unknown {
  try {
    return payload === null ? null : (JSON.parse(payload) as unknown);
  } catch {
    return null;
  }
}
