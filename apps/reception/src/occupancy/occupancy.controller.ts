import { Controller, Get, Inject, Query } from '@nestjs/common';
import { IsOptional } from 'class-validator';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsCalendarDate } from '#platform';
import { OccupancyDto } from './occupancy.dto.js';
import { OccupancyRepository } from './occupancy.repository.js';

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
  constructor(@Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository) {}

  @Get('days')
  @ApiOperation({ summary: 'National residents, places and occupancy at the end of each day with changes' })
  days(@Query() query: DaysQuery) {
    return this.occupancy.days(query.from ?? '1900-01-01', query.to ?? '9999-12-31');
  }

  @Get()
  @ApiOperation({ summary: 'National and per-centre residents, places and occupancy' })
  @ApiOkResponse({ type: OccupancyDto })
  async get(): Promise<OccupancyDto> {
    const [national, centres] = await Promise.all([
      this.occupancy.nationalFigures(),
      this.occupancy.allCentres(),
    ]);
    return { national, centres };
  }
}
