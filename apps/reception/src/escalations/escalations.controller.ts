import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EscalationStore, type EscalationRecord } from '#rules';

export class EscalationQuery {
  @IsOptional()
  @IsIn(['open', 'resolved'])
  status?: 'open' | 'resolved';
}

@ApiTags('escalations')
@Controller('reception/escalations')
export class EscalationsController {
  constructor(@Inject(EscalationStore) private readonly escalations: EscalationStore) {}

  @Get()
  @ApiOperation({ summary: 'Escalations raised by the reception rules, newest first' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'resolved'] })
  list(@Query() query: EscalationQuery): Promise<EscalationRecord[]> {
    return this.escalations.list(query.status);
  }
}
