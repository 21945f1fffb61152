import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class IndicatorsDto {
  @ApiProperty({ description: 'Who supplies the figures' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  suppliedBy!: string;

  @ApiProperty({
    description: 'CSV: kommunenummer and one column per criteria fact; an empty cell is a missing value',
    example: 'kommunenummer,employmentRate\n0301,71.5\n',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1_000_000)
  csv!: string;
}
