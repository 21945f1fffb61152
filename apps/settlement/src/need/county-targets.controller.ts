import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseIntPipe,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import {
  Access,
  AGGREGATE_READERS,
  COUNTY_STAFF,
  CurrentPrincipal,
  MunicipalScope,
  POLICY_AUTHORS,
  type Principal,
} from '#platform';

import { toCsv } from '../csv.js';
import { CsvFormatQuery } from '../csv-format.query.js';
import { sendCsv } from '../csv-response.js';
import { countyRowsIn } from '../municipal-scope.js';
import { CountyTargetsDto } from './county-targets.dto.js';
import type { StoredCountyTargets } from './county-targets.repository.js';
import { CountyTargetsOfYear } from './use-cases/county-targets-of-year.js';
import { SupplyCountyTargets } from './use-cases/supply-county-targets.js';

@ApiTags('settlement need')
@Controller('settlement/county-targets')
export class CountyTargetsController {
  constructor(
    @Inject(SupplyCountyTargets) private readonly supplyTargets: SupplyCountyTargets,
    @Inject(CountyTargetsOfYear) private readonly targetsOfYear: CountyTargetsOfYear,
  ) {}

  @Put(':year')
  @HttpCode(200)
  @Access(POLICY_AUTHORS)
  @ApiConsumes('application/json', 'text/csv')
  @ApiOperation({
    summary:
      "Set the committee's split of the year's need by county (JSON, or the spreadsheet as text/csv with ?source=); every county once",
  })
  set(
    @Param('year', ParseIntPipe) year: number,
    @Body() body: CountyTargetsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StoredCountyTargets> {
    return this.supplyTargets.execute({ year, ...body, setBy: principal.actor });
  }

  @Get(':year')
  @Access(...AGGREGATE_READERS, COUNTY_STAFF)
  @ApiOperation({
    summary: 'The county split in force for a year; ?format=csv&dialect=excel-no for a spreadsheet',
  })
  async get(
    @Param('year', ParseIntPipe) year: number,
    @Query() query: CsvFormatQuery,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StoredCountyTargets | string> {
    const inForce = await this.targetsOfYear.execute(year);
    const targets = { ...inForce, targets: countyRowsIn(inForce.targets, MunicipalScope.of(principal)) };
    if (query.format !== 'csv') return targets;
    return sendCsv(
      response,
      `county-targets-${year}.csv`,
      toCsv(
        ['fylkesnummer', 'persons'],
        targets.targets.map((target) => [target.countyNumber, target.persons]),
        query.dialect,
      ),
    );
  }
}
