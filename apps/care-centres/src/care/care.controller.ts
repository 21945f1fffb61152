import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { IsCalendarDate } from '#platform';
import { weekStartOf } from '#domain';
import { CareEscalations } from '../escalations/care-escalations.js';
import { CareRepository, type Child } from './care.repository.js';

export class ChecksDto {
  @ApiPropertyOptional({ example: '2026-11-24' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

@ApiTags('care centres')
@Controller('care-centres')
export class CareController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CareRepository) private readonly care: CareRepository,
    @Inject(CareEscalations) private readonly escalations: CareEscalations,
  ) {}

  @Get('occupancy')
  @ApiOperation({
    summary: 'Children placed, places (state and bought private) and occupancy, nationally and per centre',
  })
  async occupancy() {
    const [national, centres, awaitingPlacement] = await Promise.all([
      this.care.nationalFigures(),
      this.care.centres(),
      this.care.awaitingPlacement(),
    ]);
    return { national: { ...national, awaitingPlacement }, centres };
  }

  @Get('children/:personId')
  @ApiOperation({ summary: "A child in Bufdir's care: where placed, permit, and whether still in care" })
  async child(@Param('personId') personId: string): Promise<Child> {
    const child = await this.care.child(personId);
    if (!child) throw new NotFoundException(`No child ${personId} in care`);
    return child;
  }

  @Post('checks')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check every child in care against the 3-month target as of a day, and the weekly trend',
  })
  async checks(@Body() body: ChecksDto): Promise<{ asOf: string; children: number }> {
    const asOf = body.asOf ?? new Date().toISOString().slice(0, 10);
    const children = await this.care.childrenInCare();
    for (const personId of children) {
      await this.dataSource.transaction((transaction) =>
        this.escalations.forChild(transaction, personId, asOf),
      );
    }
    await this.care.recordWeek(weekStartOf(asOf), await this.care.beyondTarget(asOf));
    await this.dataSource.transaction((transaction) => this.escalations.national(transaction));
    return { asOf, children: children.length };
  }
}
