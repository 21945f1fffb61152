import { ApiProperty } from '@nestjs/swagger';

import { CENTRE_STATUSES, CENTRE_TYPES, type CentreStatus, type CentreType } from '#contracts';

export class OccupancyFiguresDto {
  @ApiProperty({ description: 'People living in reception now' }) residents!: number;
  @ApiProperty({ description: 'Fixed and flexible places' }) capacity!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Residents as a percentage of places (null with no places)',
  })
  occupancyPercent!: number | null;
}

export class CentreOccupancyDto extends OccupancyFiguresDto {
  @ApiProperty() centreId!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ description: 'Host municipality number (kommunenummer)' }) hostMunicipalityNumber!: string;
  @ApiProperty({ enum: CENTRE_TYPES }) type!: CentreType;
  @ApiProperty() fixedPlaces!: number;
  @ApiProperty() flexiblePlaces!: number;
  @ApiProperty({
    enum: CENTRE_STATUSES,
    description: 'Places count while operating, scaling down or closing',
  })
  status!: CentreStatus;
}

export class OccupancyDto {
  @ApiProperty({ type: OccupancyFiguresDto }) national!: OccupancyFiguresDto;
  @ApiProperty({ type: [CentreOccupancyDto] }) centres!: CentreOccupancyDto[];
}
