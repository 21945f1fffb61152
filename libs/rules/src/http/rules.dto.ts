import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Who submits comes from the caller's token, never from the body. */
export class CandidateDto {
  @ApiProperty({ description: 'The whole rule set, as in its file under rules/', type: Object })
  @IsObject()
  ruleSet!: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Why the change is proposed (kept in the audit trail)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class CandidateParams {
  @IsString()
  @MaxLength(100)
  id!: string;

  @Matches(/^\d+\.\d+\.\d+$/, { message: 'version must be a semantic version like 2.1.0' })
  @MaxLength(50)
  version!: string;
}

export class ApprovalDto {
  @ApiPropertyOptional({
    description: 'A note on the approval (kept with the activation and in the audit trail)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class RejectionDto {
  @ApiProperty({ description: 'Why the candidate is rejected (the author reads it)' })
  @IsString()
  @IsNotEmpty({ message: 'reason must say why the candidate is rejected' })
  @MaxLength(1000)
  reason!: string;
}

export class CandidatesQuery {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected', 'all'], default: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected', 'all'], {
    message: 'status must be pending, approved, rejected or all',
  })
  status?: 'pending' | 'approved' | 'rejected' | 'all';
}

export class RollbackDto {
  @ApiPropertyOptional({
    description: 'Why the earlier version is activated again (kept in the audit trail)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;

  @ApiPropertyOptional({ description: 'The semantic version to activate again' })
  @IsOptional()
  @MaxLength(50)
  @Matches(/^\d+\.\d+\.\d+$/)
  version?: string;

  @ApiPropertyOptional({ description: 'Or the content hash of the version' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/)
  contentHash?: string;
}

export class SimulateDto {
  @ApiProperty({ description: 'The candidate rule set', type: Object })
  @IsObject()
  ruleSet!: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Only decisions evaluated at or after this time' })
  @IsOptional()
  @MaxLength(40)
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'Only decisions evaluated before this time' })
  @IsOptional()
  @MaxLength(40)
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ default: 10000, maximum: 100000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  limit?: number;
}

export class DecisionIdDto {
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    message: 'id must be a decision id (a UUID)',
  })
  id!: string;
}
