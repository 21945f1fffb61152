import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import { Access, AGGREGATE_READERS } from '#platform';

import { GoalAchievementFormatQuery, GoalAchievementParams } from './goal-achievement.dto.js';
import type { GoalAchievement } from './goal-achievement.js';
import { goalAchievementCsv } from './goal-achievement-csv.js';
import { GoalAchievementOfYear } from './use-cases/goal-achievement-of-year.js';

@ApiTags('goal achievement')
@Controller('settlement/goal-achievement')
export class GoalAchievementController {
  constructor(@Inject(GoalAchievementOfYear) private readonly goalAchievementOfYear: GoalAchievementOfYear) {}

  @Get(':year')
  @Access(...AGGREGATE_READERS)
  @ApiOperation({
    summary:
      "IMDi's goal achievement for a year: the share settled within the goal's months of the permit (by default 90 % within 6, parameters of the escalation rules) nationally and per county, settled within target per group (resettlement refugees from the entry permit), decisions against the need, requests against decisions per county, and the waiting-time distribution; ?format=csv",
  })
  async get(
    @Param() params: GoalAchievementParams,
    @Query() query: GoalAchievementFormatQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<GoalAchievement | string> {
    const report = await this.goalAchievementOfYear.execute(params.year);
    if (query.format !== 'csv') return report;
    response.setHeader('content-type', 'text/csv; charset=utf-8');
    response.setHeader('content-disposition', `attachment; filename="goal-achievement-${params.year}.csv"`);
    return goalAchievementCsv(report);
  }
}
