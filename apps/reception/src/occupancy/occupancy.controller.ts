import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OccupancyDto } from './occupancy.dto.js';
import { OccupancyRepository } from './occupancy.repository.js';

@ApiTags('occupancy')
@Controller('reception/occupancy')
export class OccupancyController {
  constructor(@Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository) {}

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
