import { Controller, Get, Inject, Param, ParseIntPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import type { DecisionSummary } from './decision-gaps.js';
import { DecisionsOfYear } from './use-cases/decisions-of-year.js';

@ApiTags('municipal decisions')
@Controller('settlement/decisions')
export class DecisionsController {
  constructor(@Inject(DecisionsOfYear) private readonly decisionsOfYear: DecisionsOfYear) {}

  @Get(':year')
  @ApiOperation({
    summary: "Each municipality's request, its latest decision and the gap between them, with national sums",
  })
  get(@Param('year', ParseIntPipe) year: number): Promise<DecisionSummary> {
    return this.decisionsOfYear.execute(year);
  }
}
