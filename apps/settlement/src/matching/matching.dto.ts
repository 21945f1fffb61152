import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class PlacementDto {
  @ApiProperty({ example: '5001' })
  @Matches(/^\d{4}$/, { message: 'municipalityNumber must be a four-digit municipality number' })
  municipalityNumber!: string;

  @ApiPropertyOptional({ description: 'Required when the choice departs from the top suggestion' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class CancelPlacementDto {
  @ApiProperty({
    description: 'Why the placement is cancelled (kept with it)',
    example: 'the family declined',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
