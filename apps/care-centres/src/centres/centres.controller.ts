import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { GetOccupancy, type OccupancyReport } from './use-cases/get-occupancy.js';

@ApiTags('care centres')
@Controller('care-centres')
export class CentresController {
  constructor(@Inject(GetOccupancy) private readonly getOccupancy: GetOccupancy) {}

  @Get('occupancy')
  @ApiOperation({
    summary: 'Children placed, places (state and bought private) and occupancy, nationally and per centre',
  })
  occupancy(): Promise<OccupancyReport> {
    return this.getOccupancy.execute();
  }
}
