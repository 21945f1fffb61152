import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

import { AUDIT_ACTIONS, type AuditAction } from './audit-entry.js';

export class AuditQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `action must be one of ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  @ApiPropertyOptional({ example: 'distribution:6f1c…', description: 'Exactly this target' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  target?: string;

  @ApiPropertyOptional({ description: 'Recorded at or after this time (ISO 8601)' })
  @IsOptional()
  @MaxLength(40)
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 time' })
  from?: string;

  @ApiPropertyOptional({ description: 'Recorded before this time (ISO 8601)' })
  @IsOptional()
  @MaxLength(40)
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 time' })
  to?: string;

  @ApiPropertyOptional({ description: 'The `next` of the previous page: rows older than it' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'before must be the next of a previous page' })
  before?: string;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
