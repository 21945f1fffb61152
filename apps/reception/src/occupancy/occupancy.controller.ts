import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { Access, AGGREGATE_READERS, IsCalendarDate } from '#platform';

import { OccupancyDto } from './occupancy.dto.js';
import { GetOccupancy } from './use-cases/get-occupancy.js';
import { type DayFigures, ListOccupancyDays } from './use-cases/list-occupancy-days.js';

export class DaysQuery {
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

@ApiTags('occupancy')
@Controller('reception/occupancy')
export class OccupancyController {
  constructor(
    @Inject(GetOccupancy) private readonly getOccupancy: GetOccupancy,
    @Inject(ListOccupancyDays) private readonly listDays: ListOccupancyDays,
  ) {}

  @Get('days')
  @Access(...AGGREGATE_READERS)
  @ApiOperation({ summary: 'National residents, places and occupancy at the end of each day with changes' })
  days(@Query() query: DaysQuery): Promise<DayFigures[]> {
    return this.listDays.execute(query.from, query.to);
  }

  @Get()
  @Access(...AGGREGATE_READERS)
  @ApiOperation({ summary: 'National and per-centre residents, places and occupancy' })
  @ApiOkResponse({ type: OccupancyDto })
  get(): Promise<OccupancyDto> {
    return this.getOccupancy.execute();
  }
}
