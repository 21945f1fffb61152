import { Body, Controller, Header, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access, COUNTY_STAFF, POLICY_AUTHORS } from '#platform';

import { IndicatorsDto } from './municipalities.dto.js';
import { SupplyIndicators } from './use-cases/supply-indicators.js';

@ApiTags('municipalities')
@Controller('settlement/indicators')
export class IndicatorsController {
  constructor(@Inject(SupplyIndicators) private readonly supplyIndicators: SupplyIndicators) {}

  @Post()
  @Access(POLICY_AUTHORS, COUNTY_STAFF, { roles: ['integrator'], agencies: ['IMDi'] })
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Supply municipality indicators the criteria use (CSV); empty cells stay missing',
  })
  supply(@Body() body: IndicatorsDto): Promise<{ values: number }> {
    return this.supplyIndicators.execute({ csv: body.csv, suppliedBy: body.suppliedBy });
  }
}
