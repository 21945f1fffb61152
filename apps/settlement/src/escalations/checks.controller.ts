import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access, CurrentPrincipal, OPERATORS, POLICY_APPROVERS, type Principal } from '#platform';

import { AsOfQuery } from '../as-of.query.js';
import { SettlementChecksSchedule } from './settlement-checks.queue.js';
import type { CheckSummary } from './use-cases/run-daily-checks.js';

@ApiTags('escalations')
@Controller('settlement')
export class SettlementChecksController {
  constructor(@Inject(SettlementChecksSchedule) private readonly checks: SettlementChecksSchedule) {}

  @Post('checks')
  @Access(POLICY_APPROVERS, OPERATORS)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Run the daily checks now (as a job on the queue) and wait for the result; for a past asOf only a preview: what would be raised or resolved, nothing changed',
  })
  run(@Body() body: AsOfQuery, @CurrentPrincipal() principal: Principal): Promise<CheckSummary> {
    return this.checks.runNow(body.asOf, principal.actor);
  }
}
