import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { Access, IsCalendarDate, OPERATORS, POLICY_APPROVERS } from '#platform';

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
  constructor(@Inject(RunChecks) private readonly runChecks: RunChecks) {}

  @Post('checks')
  @Access(POLICY_APPROVERS, OPERATORS)
  @HttpCode(200)
  @ApiOperation({
    summary: "Check every child in care against the waiting target as of a day, and keep the week's figure",
  })
  checks(@Body() body: ChecksDto): Promise<ChecksDone> {
    return this.runChecks.execute(body.asOf);
  }
}
