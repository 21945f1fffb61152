import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { CountyTargetDto } from '../need/county-targets.dto.js';
import type { CountyRecommendation } from './distribution/distribution.js';

export class CountyRecommendationDto {
  @ApiProperty({ example: '4601' })
  @Matches(/^\d{4}$/, { message: 'municipalityNumber must be a four-digit municipality number' })
  municipalityNumber!: string;

  @ApiProperty()
  @IsInt()
  @Min(0)
  persons!: number;

  @ApiPropertyOptional({ description: 'Unaccompanied minors under 15' })
  @IsOptional()
  @IsInt()
  @Min(0)
  emUnder15?: number;

  @ApiPropertyOptional({ description: 'Unaccompanied minors aged 15–18' })
  @IsOptional()
  @IsInt()
  @Min(0)
  em15To18?: number;

  @ApiPropertyOptional({
    description: 'Unaccompanied minors without an age band: read as 15–18 (older clients)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  em?: number;
}

export class DistributeDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({
    description: 'Persons to settle; the settlement need in force for the year when absent',
    example: 13000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  total?: number;

  @ApiPropertyOptional({
    description: 'Of which unaccompanied minors under 15 (Bufetat settles them)',
    example: 80,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  emUnder15?: number;

  @ApiPropertyOptional({
    description: 'Of which unaccompanied minors aged 15–18 (IMDi settles them)',
    example: 571,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  em15To18?: number;

  @ApiPropertyOptional({
    description:
      'Of which unaccompanied minors, without age bands (older clients): distributed as 15–18, with a warning. ' +
      'With a total but no EM figure at all, EM is unknown (not 0).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  em?: number;

  @ApiPropertyOptional({
    description:
      'A candidate request-criteria rule set: the answer then holds the difference per municipality',
    type: Object,
  })
  @IsOptional()
  @IsObject()
  criteria?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: [CountyRecommendationDto],
    description: "Instead of the county authorities' recommendations on file for the year",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CountyRecommendationDto)
  countyRecommendations?: CountyRecommendationDto[];

  @ApiPropertyOptional({
    type: [CountyTargetDto],
    description: "Instead of the committee's county split on file for the year (what-if)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CountyTargetDto)
  countyTargets?: CountyTargetDto[];
}

export class IssueDto {
  @ApiPropertyOptional({
    description: "The year's issued distribution these requests replace: required when the year has one",
  })
  @IsOptional()
  @MaxLength(36)
  @IsUUID('all', { message: 'replaces must be the id of the distribution replaced' })
  replaces?: string;

  @ApiPropertyOptional({ description: 'Why the issued requests are replaced (required with replaces)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}

/** A county authority's recommendations: JSON figures, or the spreadsheet (`csv`, or a text/csv body). */
export class CountyRecommendationsDto {
  @ApiProperty({ description: 'Where the figures come from', example: 'Vestland fylkeskommune, 2025-09-01' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  source!: string;

  @ApiPropertyOptional({ type: [CountyRecommendationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CountyRecommendationDto)
  recommendations?: CountyRecommendationDto[];

  @ApiPropertyOptional({
    description:
      'CSV: kommunenummer, persons, and optionally emUnder15 and em15To18 (semicolons as Excel saves)',
    example: 'kommunenummer;kommunenavn;persons;emUnder15;em15To18\n4601;Bergen;500;0;40\n',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000000)
  csv?: string;
}

export class BacktestDto {
  @ApiProperty({ description: 'The year whose figures the criteria read', example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  from!: number;

  @ApiProperty({
    description: 'The year whose published requests the result is compared with',
    example: 2025,
  })
  @IsInt()
  @Min(2000)
  @Max(2100)
  to!: number;

  @ApiPropertyOptional({
    description: 'Candidate request criteria (the active ones when absent)',
    type: Object,
  })
  @IsOptional()
  @IsObject()
  criteria?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: [CountyTargetDto],
    description:
      "A county split to distribute within (for example the committee's split of the year compared)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CountyTargetDto)
  countyTargets?: CountyTargetDto[];
}

/** A recommendation as the distribution reads it: `em` without a band is 15–18. */
export function toCountyRecommendation(dto: CountyRecommendationDto): CountyRecommendation {
  const em15To18 = dto.em15To18 ?? dto.em;
  return {
    municipalityNumber: dto.municipalityNumber,
    persons: dto.persons,
    ...(dto.emUnder15 === undefined ? {} : { emUnder15: dto.emUnder15 }),
    ...(em15To18 === undefined ? {} : { em15To18 }),
  };
}
