import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access, AGGREGATE_READERS } from '#platform';

import { GetOccupancy, type OccupancyReport } from './use-cases/get-occupancy.js';

@ApiTags('care centres')
@Controller('care-centres')
export class CentresController {
  constructor(@Inject(GetOccupancy) private readonly getOccupancy: GetOccupancy) {}

  @Get('occupancy')
  @Access(...AGGREGATE_READERS)
  @ApiOperation({
    summary: 'Children placed, places (state and bought private) and occupancy, nationally and per centre',
  })
  occupancy(): Promise<OccupancyReport> {
    return this.getOccupancy.execute();
  }
}
