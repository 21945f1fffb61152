import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class CountyRecommendationDto {
  @ApiProperty({ example: '4601' })
  @Matches(/^\d{4}$/, { message: 'municipalityNumber must be a four-digit municipality number' })
  municipalityNumber!: string;

  @ApiProperty()
  @IsInt()
  @Min(0)
  persons!: number;

  @ApiPropertyOptional()
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

  @ApiPropertyOptional({ description: 'Of which unaccompanied minors', example: 651 })
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

  @ApiPropertyOptional({ type: [CountyRecommendationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CountyRecommendationDto)
  countyRecommendations?: CountyRecommendationDto[];
}

export class IssueDto {
  @ApiProperty({ description: 'Who issues the requests' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  issuedBy!: string;
}

export class RequestsFormatQuery {
  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    description: 'csv: kommunenummer, kommunenavn, fylkesnummer, requested, of_which_em',
  })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}
