import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

import { IsCalendarDate } from '#platform';

export class CentreListDto {
  @ApiProperty({
    description:
      'CSV with a header: centre, host_municipality, type, places, status, and optionally name and flexible_places',
    example: 'centre;host_municipality;type;places;status\nOSL-1;0301;ordinary;120;operating\n',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5_000_000)
  csv!: string;

  @ApiProperty({
    required: false,
    description: 'The day the list describes, from which its changes count (today when not given)',
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}
