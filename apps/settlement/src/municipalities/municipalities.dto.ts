import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Who supplies the figures comes from the caller's token. */
export class IndicatorsDto {
  @ApiProperty({
    description: 'CSV: kommunenummer and one column per criteria fact; an empty cell is a missing value',
    example: 'kommunenummer,employmentRate\n0301,71.5\n',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1_000_000)
  csv!: string;
}
