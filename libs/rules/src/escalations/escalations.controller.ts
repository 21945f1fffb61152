import { Controller, Get, Inject, Query, type Type } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import { Access, AGGREGATE_READERS } from '#platform';

import { type EscalationRecord, EscalationStore } from './escalation-store.js';

export class EscalationQuery {
  @IsOptional()
  @IsIn(['open', 'resolved'])
  status?: 'open' | 'resolved';
}

/** The escalations list of a service, at the service's own path (`reception/escalations`, …). */
export function escalationsControllerAt(path: string, serviceTitle: string): Type {
  @ApiTags('escalations')
  @Controller(path)
  class EscalationsController {
    constructor(@Inject(EscalationStore) private readonly escalations: EscalationStore) {}

    @Get()
    @Access(...AGGREGATE_READERS)
    @ApiOperation({ summary: `Escalations raised by the ${serviceTitle} rules, newest first` })
    @ApiQuery({ name: 'status', required: false, enum: ['open', 'resolved'] })
    list(@Query() query: EscalationQuery): Promise<EscalationRecord[]> {
      return this.escalations.list(query.status);
    }
  }
  return EscalationsController;
}
