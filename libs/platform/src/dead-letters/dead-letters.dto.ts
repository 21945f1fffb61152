import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class DeadLettersQuery {
  @ApiProperty({
    required: false,
    enum: ['open', 'replayed', 'all'],
    description: 'open (default): not replayed',
  })
  @IsOptional()
  @IsIn(['open', 'replayed', 'all'])
  status?: 'open' | 'replayed' | 'all';

  @ApiProperty({ required: false, description: 'At most this many, newest first (default 100)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class DeadLetterParam {
  @Matches(/^\d{1,18}$/, { message: 'id must be the number of a dead letter' })
  id!: string;
}
