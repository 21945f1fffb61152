import { ArrayMaxSize, IsArray, IsIn, IsString, Matches, MaxLength } from 'class-validator';

import { unboundedDtoFields } from './dto-limits.js';
import { IsCalendarDate } from './is-calendar-date.js';

class Bounded {
  @IsString()
  @MaxLength(200)
  name!: string;

  @Matches(/^\d{4}$/)
  municipalityNumber!: string;

  @IsIn(['open', 'resolved'])
  status!: string;

  @IsCalendarDate()
  asOf!: string;

  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  tags!: string[];
}

class Unbounded {
  @IsString()
  name!: string;

  @Matches(/^\d+\.\d+$/)
  version!: string;

  @IsArray()
  @IsString({ each: true })
  tags!: string[];

  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(20)
  labels!: string[];
}

describe('unboundedDtoFields', () => {
  it('passes strings bounded by a maximum, a fixed pattern, a closed set or a date, and bounded arrays', () => {
    expect(unboundedDtoFields([Bounded])).toEqual([]);
  });

  it('names each string without a maximum length and each array without a maximum size', () => {
    expect(unboundedDtoFields([Unbounded])).toEqual([
      { dto: 'Unbounded', property: 'name', problem: 'a string without a maximum length' },
      { dto: 'Unbounded', property: 'version', problem: 'a string without a maximum length' },
      { dto: 'Unbounded', property: 'tags', problem: 'an array without a maximum size' },
      { dto: 'Unbounded', property: 'tags', problem: 'a string without a maximum length' },
      { dto: 'Unbounded', property: 'labels', problem: 'a string without a maximum length' },
    ]);
  });
});
