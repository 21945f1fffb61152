import { Controller, Get, Inject, Param, ParseIntPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DecisionsRepository, type DecisionGap } from './decisions.repository.js';

@ApiTags('municipal decisions')
@Controller('settlement/decisions')
export class DecisionsController {
  constructor(@Inject(DecisionsRepository) private readonly decisions: DecisionsRepository) {}

  @Get(':year')
  @ApiOperation({
    summary: "Each municipality's request, its latest decision and the gap between them, with national sums",
  })
  async get(
    @Param('year', ParseIntPipe) year: number,
  ): Promise<{ requested: number; decided: number; gap: number; municipalities: DecisionGap[] }> {
    const municipalities = await this.decisions.gaps(year);
    const requested = municipalities.reduce((sum, m) => sum + m.requested, 0);
    const decided = municipalities.reduce((sum, m) => sum + (m.decided ?? 0), 0);
    return { requested, decided, gap: decided - requested, municipalities };
  }
}
