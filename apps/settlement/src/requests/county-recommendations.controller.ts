import { Body, Controller, Get, HttpCode, Inject, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access } from '#platform';

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
  @Access('county-staff', 'policy-author')
  @ApiConsumes('application/json', 'text/csv')
  @ApiOperation({
    summary:
      "A county authority's recommended figure per municipality (JSON, or the spreadsheet as text/csv with ?source=); replaces the county's earlier ones",
  })
  put(
    @Param('year', ParseIntPipe) year: number,
    @Param('county') county: string,
    @Body() body: CountyRecommendationsDto,
  ): Promise<StoredCountyRecommendation[]> {
    return this.submit.execute({
      year,
      countyNumber: county,
      source: body.source,
      recommendations: body.recommendations?.map(toCountyRecommendation),
      csv: body.csv,
    });
  }

  @Get(':year')
  @Access('policy-author', 'policy-approver', 'analyst', 'committee-member', 'county-staff')
  @ApiOperation({ summary: "Every county authority's recommendations for a year" })
  get(@Param('year', ParseIntPipe) year: number): Promise<StoredCountyRecommendation[]> {
    return this.ofYear.execute(year);
  }
}
