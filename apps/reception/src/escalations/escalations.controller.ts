import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EscalationRepository, type EscalationRecord } from './escalation.repository.js';

export class EscalationQuery {
  @IsOptional()
  @IsIn(['open', 'resolved'])
  status?: 'open' | 'resolved';
}

@ApiTags('escalations')
@Controller('reception/escalations')
export class EscalationsController {
  constructor(@Inject(EscalationRepository) private readonly escalations: EscalationRepository) {}

  @Get()
  @ApiOperation({ summary: 'Escalations raised by the reception rules, newest first' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'resolved'] })
  list(@Query() query: EscalationQuery): Promise<EscalationRecord[]> {
    return this.escalations.list(query.status);
  }
}
