import { Controller, Get, Inject, NotFoundException, Param, ParseIntPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { NeedRepository, type NeedEstimate } from './need.repository.js';

@ApiTags('settlement need')
@Controller('settlement/need')
export class NeedController {
  constructor(@Inject(NeedRepository) private readonly need: NeedRepository) {}

  @Get(':year')
  @ApiOperation({ summary: 'The settlement need in force for a year, and every estimate before it' })
  async get(
    @Param('year', ParseIntPipe) year: number,
  ): Promise<{ current: NeedEstimate; history: NeedEstimate[] }> {
    const history = await this.need.history(year);
    if (history.length === 0) throw new NotFoundException(`No estimate of the settlement need for ${year}`);
    return { current: (await this.need.current(year))!, history };
  }
}
