import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsCalendarDate } from '#platform';

export class CountyTargetDto {
  @ApiProperty({ example: '46' })
  @Matches(/^\d{2}$/, { message: 'countyNumber must be a two-digit county number' })
  countyNumber!: string;

  @ApiProperty({ example: 1478 })
  @IsInt()
  @Min(0)
  @Max(1000000)
  persons!: number;
}

/**
 * The committee's county split, as JSON (`targets`) or as the spreadsheet (`csv`; or the file itself as a
 * `text/csv` body with `source` and `setOn` as query parameters).
 */
export class CountyTargetsDto {
  @ApiProperty({
    description: 'Where the split comes from',
    example: 'Nasjonalt utvalg, meeting of 2025-06-12',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  source!: string;

  @ApiPropertyOptional({ description: 'When the committee set it (default: today)', example: '2025-06-12' })
  @IsOptional()
  @IsCalendarDate()
  setOn?: string;

  @ApiPropertyOptional({ type: [CountyTargetDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CountyTargetDto)
  targets?: CountyTargetDto[];

  @ApiPropertyOptional({
    description:
      'CSV: fylkesnummer and persons (or anmodet); semicolons and decimal commas as Excel saves them',
    example: 'fylkesnummer;fylkesnavn;persons\n03;Oslo;640\n',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000000)
  csv?: string;
}
