import { Controller, Get, Inject, Query } from '@nestjs/common';
import { IsOptional, Matches } from 'class-validator';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OccupancyDto } from './occupancy.dto.js';
import { OccupancyRepository } from './occupancy.repository.js';

export class DaysQuery {
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date like 2026-01-31' })
  from?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date like 2026-01-31' })
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
