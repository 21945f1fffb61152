import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { IsCalendarDate } from '#platform';

/** The day a figure or check is for; today when absent. */
export class AsOfQuery {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'The day to compute for (default: today)' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
