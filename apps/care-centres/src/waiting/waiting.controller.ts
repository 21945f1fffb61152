import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { todayOf } from '#domain';
import {
  Access,
  CurrentPrincipal,
  IsCalendarDate,
  OPERATORS,
  POLICY_APPROVERS,
  type Principal,
  SERVICE_CONFIG,
} from '#platform';
import { checkIsPreview } from '#rules';

import type { CareCentresConfig } from '../care-centres.config.js';
import { type ChecksDone, RunChecks } from './use-cases/run-checks.js';

export class ChecksDto {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'The day to check as of; today when left out' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

@ApiTags('care centres')
@Controller('care-centres')
export class WaitingController {
  constructor(
    @Inject(RunChecks) private readonly runChecks: RunChecks,
    @Inject(SERVICE_CONFIG) private readonly config: CareCentresConfig,
  ) {}

  @Post('checks')
  @Access(POLICY_APPROVERS, OPERATORS)
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Check every child in care against the waiting target as of a day, and keep the week's figure; for a past asOf only a preview: what would be raised or resolved, nothing changed",
  })
  checks(@Body() body: ChecksDto, @CurrentPrincipal() principal: Principal): Promise<ChecksDone> {
    const asOf = body.asOf ?? todayOf();
    return this.runChecks.execute(asOf, {
      preview: checkIsPreview(asOf, this.config.checksApplyFrom ?? todayOf()),
      requestedBy: principal.actor,
    });
  }
}
