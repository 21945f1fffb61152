import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';

export class IndicatorsDto {
  @ApiProperty({ description: 'Who supplies the figures' })
  @IsString()
  @IsNotEmpty()
  suppliedBy!: string;

  @ApiProperty({
    description: 'CSV: kommunenummer and one column per criteria fact; an empty cell is a missing value',
    example: 'kommunenummer,employmentRate\n0301,71.5\n',
  })
  @IsString()
  @IsNotEmpty()
  csv!: string;
}
