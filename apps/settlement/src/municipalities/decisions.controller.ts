import { Controller, Get, Inject, Param, ParseIntPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import {
  Access,
  AGGREGATE_READERS,
  COUNTY_STAFF,
  CurrentPrincipal,
  MUNICIPALITY_STAFF,
  MunicipalScope,
  type Principal,
} from '#platform';

import { decisionsIn } from '../municipal-scope.js';
import type { DecisionSummary } from './decision-gaps.js';
import { DecisionsOfYear } from './use-cases/decisions-of-year.js';

@ApiTags('municipal decisions')
@Controller('settlement/decisions')
export class DecisionsController {
  constructor(@Inject(DecisionsOfYear) private readonly decisionsOfYear: DecisionsOfYear) {}

  @Get(':year')
  @Access(...AGGREGATE_READERS, MUNICIPALITY_STAFF, COUNTY_STAFF)
  @ApiOperation({
    summary: "Each municipality's request, its latest decision and the gap between them, with national sums",
  })
  async get(
    @Param('year', ParseIntPipe) year: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DecisionSummary> {
    return decisionsIn(await this.decisionsOfYear.execute(year), MunicipalScope.of(principal));
  }
}
