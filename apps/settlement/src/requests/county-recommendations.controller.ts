import { Body, Controller, Get, HttpCode, Inject, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';

import {
  Access,
  AGGREGATE_READERS,
  COUNTY_STAFF,
  CurrentPrincipal,
  MunicipalScope,
  POLICY_AUTHORS,
  type Principal,
} from '#platform';

import { countyRowsIn } from '../municipal-scope.js';
import type { StoredCountyRecommendation } from './county-recommendations.repository.js';
import { CountyRecommendationsDto, toCountyRecommendation } from './requests.dto.js';
import { CountyRecommendationsOfYear } from './use-cases/county-recommendations-of-year.js';
import { SubmitCountyRecommendations } from './use-cases/submit-county-recommendations.js';

@ApiTags('requests to municipalities')
@Controller('settlement/county-recommendations')
export class CountyRecommendationsController {
  constructor(
    @Inject(SubmitCountyRecommendations) private readonly submit: SubmitCountyRecommendations,
    @Inject(CountyRecommendationsOfYear) private readonly ofYear: CountyRecommendationsOfYear,
  ) {}

  @Put(':year/:county')
  @HttpCode(200)
  @Access(COUNTY_STAFF, POLICY_AUTHORS)
  @ApiConsumes('application/json', 'text/csv')
  @ApiOperation({
    summary:
      "A county authority's recommended figure per municipality (JSON, or the spreadsheet as text/csv with ?source=); replaces the county's earlier ones",
  })
  put(
    @Param('year', ParseIntPipe) year: number,
    @Param('county') county: string,
    @Body() body: CountyRecommendationsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StoredCountyRecommendation[]> {
    MunicipalScope.of(principal).requireCounty(county);
    return this.submit.execute({
      year,
      countyNumber: county,
      source: body.source,
      recommendations: body.recommendations?.map(toCountyRecommendation),
      csv: body.csv,
      submittedBy: principal.actor,
    });
  }

  @Get(':year')
  @Access(...AGGREGATE_READERS, COUNTY_STAFF)
  @ApiOperation({ summary: "Every county authority's recommendations for a year" })
  async get(
    @Param('year', ParseIntPipe) year: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StoredCountyRecommendation[]> {
    return countyRowsIn(await this.ofYear.execute(year), MunicipalScope.of(principal));
  }
}
