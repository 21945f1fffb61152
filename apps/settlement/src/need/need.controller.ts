import { Controller, Get, Inject, Param, ParseIntPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access, AGGREGATE_READERS } from '#platform';

import { NeedOfYear, type NeedOfYearAnswer } from './use-cases/need-of-year.js';

@ApiTags('settlement need')
@Controller('settlement/need')
export class NeedController {
  constructor(@Inject(NeedOfYear) private readonly needOfYear: NeedOfYear) {}

  @Get(':year')
  @Access(...AGGREGATE_READERS)
  @ApiOperation({ summary: 'The settlement need in force for a year, and every estimate before it' })
  get(@Param('year', ParseIntPipe) year: number): Promise<NeedOfYearAnswer> {
    return this.needOfYear.execute(year);
  }
}
