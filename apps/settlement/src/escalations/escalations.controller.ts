import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EscalationStore, type EscalationRecord } from '#rules';
import { AsOfQuery } from '../matching/matching.dto.js';
import { SettlementChecksSchedule } from './settlement-checks.queue.js';
import type { CheckSummary } from './settlement-escalations.js';

export class EscalationQuery {
  @IsOptional()
  @IsIn(['open', 'resolved'])
  status?: 'open' | 'resolved';
}

@ApiTags('escalations')
@Controller('settlement')
export class SettlementEscalationsController {
  constructor(
    @Inject(EscalationStore) private readonly escalations: EscalationStore,
    @Inject(SettlementChecksSchedule) private readonly checks: SettlementChecksSchedule,
  ) {}

  @Get('escalations')
  @ApiOperation({ summary: 'Escalations raised by the settlement rules, newest first' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'resolved'] })
  list(@Query() query: EscalationQuery): Promise<EscalationRecord[]> {
    return this.escalations.list(query.status);
  }

  @Post('checks')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run the daily checks now (as a job on the queue) and wait for the result' })
  run(@Body() body: AsOfQuery): Promise<CheckSummary> {
    return this.checks.runNow(body.asOf ?? new Date().toISOString().slice(0, 10));
  }
}
